"""The article's paragraphs cut into pieces, each quotation marked with its speaker, for any view
(the local preview now, the digest later). Plain data: templates escape every piece."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Annotations, Article


@dataclass
class Piece:
    text: str
    quote: int | None = None  # index into annotations.quotes
    kind: str = ""
    speaker: str = ""
    last: bool = True  # the quote's last piece: where its speaker label goes
    first: bool = True  # the quote's first piece: where its anchor goes


@dataclass
class ParagraphView:
    kind: str
    pieces: list[Piece] = field(default_factory=list)


def highlight(article: Article, annotations: Annotations) -> list[ParagraphView]:
    # Longest first wins an overlap, then reading order.
    chosen: list[tuple[int, int, int]] = []
    for index, q in sorted(enumerate(annotations.quotes), key=lambda iq: iq[1].span[0] - iq[1].span[1]):
        start, end = q.span
        if not any(s < end and start < e for s, e, _ in chosen):
            chosen.append((start, end, index))
    chosen.sort()
    views = []
    for para in article.paragraphs:
        view = ParagraphView(para.kind)
        cursor = para.start
        for start, end, index in chosen:
            if end <= para.start or start >= para.end:
                continue
            s, e = max(start, para.start), min(end, para.end)
            if s > cursor:
                view.pieces.append(Piece(article.text[cursor:s]))
            q = annotations.quotes[index]
            view.pieces.append(Piece(article.text[s:e], index, q.kind, q.speaker.name or q.speaker.mention
                                     if q.speaker else "", last=end <= para.end, first=start >= para.start))
            cursor = e
        if cursor < para.end:
            view.pieces.append(Piece(article.text[cursor : para.end]))
        views.append(view)
    return views
