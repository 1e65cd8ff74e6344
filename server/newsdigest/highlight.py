"""The article's paragraphs cut into pieces, each quotation marked with its speaker, for any view
(the local preview now, the digest later). Plain data: templates escape every piece."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from html import escape

from markupsafe import Markup

from .hedges import mark_hedges
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
    # Quotations win an overlap over the reported speech around them (they are what pages link to),
    # then the longest, then reading order.
    chosen: list[tuple[int, int, int]] = []  # sorted by start, disjoint
    order = sorted(enumerate(annotations.quotes),
                   key=lambda iq: (iq[1].kind == "indirect", iq[1].span[0] - iq[1].span[1]))
    for index, q in order:
        start, end = q.span
        at = bisect.bisect_left(chosen, (start,))
        before_ok = at == 0 or chosen[at - 1][1] <= start
        after_ok = at == len(chosen) or chosen[at][0] >= end
        if before_ok and after_ok:
            chosen.insert(at, (start, end, index))
    views = []
    first_open = 0  # chosen quotes are sorted and disjoint: skip those that end before this paragraph
    for para in article.paragraphs:
        view = ParagraphView(para.kind)
        cursor = para.start
        while first_open < len(chosen) and chosen[first_open][1] <= para.start:
            first_open += 1
        for k in range(first_open, len(chosen)):
            start, end, index = chosen[k]
            if start >= para.end:
                break
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


_TAGS = {"h2": "h3", "h3": "h4", "h4": "h5", "h5": "h6", "h6": "h6", "blockquote": "blockquote", "pre": "pre"}


def paragraphs_html(views: list[ParagraphView], anchors: dict[int, str]) -> str:
    """The article's text as HTML, quotations marked: every piece of page text escaped. Written in
    Python rather than a template loop because it is the hot path of a large build."""
    out = []
    for view in views:
        tag = _TAGS.get(view.kind, "p")
        parts = [f"<{tag}>"]
        for piece in view.pieces:
            text = escape(piece.text, quote=False)
            if piece.quote is None:
                parts.append(text)
                continue
            anchor = f' id="{anchors[piece.quote]}"' if piece.first and piece.quote in anchors else ""
            parts.append(f'<mark class="quote {piece.kind}"{anchor}>{text}</mark>')
            if piece.last and piece.speaker:
                parts.append(f'<span class="speaker">{escape(piece.speaker, quote=False)}</span>')
        parts.append(f"</{tag}>")
        out.append("".join(parts))
    return "\n".join(out)


def hedged_html(text: str) -> Markup:
    """A claim's text escaped, its hedges ("might", "reportedly") marked so that no view states it
    as a fact: the templates' `hedged` filter."""
    return Markup(mark_hedges(
        text, lambda plain: escape(plain, quote=False),
        lambda hedge: f'<em class="hedge" title="hedged: not stated as fact">{escape(hedge, quote=False)}</em>'))
