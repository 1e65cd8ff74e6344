"""Plain data passed between the pipeline's stages, with JSON round-trips.

Spans are [start, end) offsets into Article.text. Field names follow the annotation JSON contract
(README), which scripts outside the code base read: keep them stable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

Span = tuple[int, int]


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _span(value: Any) -> Span:
    start, end = value
    return (int(start), int(end))


@dataclass
class Capture:
    """What the browser sent: the page as the reader saw it."""

    url: str
    html: str
    title: str = ""
    selection_text: str = ""
    selection_html: str = ""
    captured_at: str = field(default_factory=utc_now)
    tags: list[str] = field(default_factory=list)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Capture:
        return cls(
            url=data["url"],
            html=data["html"],
            title=data.get("title") or "",
            selection_text=data.get("selection_text") or "",
            selection_html=data.get("selection_html") or "",
            captured_at=data.get("captured_at") or utc_now(),
            tags=list(data.get("tags") or []),
            note=data.get("note") or "",
        )


@dataclass
class Paragraph:
    """One block of the article's text: kind is p, h2..h6, li, blockquote or pre."""

    start: int
    end: int
    kind: str = "p"


@dataclass
class Figure:
    """An image of the article with its caption and credit, which are not article text."""

    caption: str
    credit: str = ""
    image: str = ""  # absolute URL


@dataclass
class Article:
    url: str
    canonical_url: str
    title: str
    text: str
    paragraphs: list[Paragraph]
    html: str  # sanitized
    site_name: str = ""
    byline: str = ""
    published: str = ""  # ISO 8601 date or date-time, "" when unknown
    language: str = ""
    description: str = ""
    image: str = ""
    extractor_version: str = ""
    figures: list[Figure] = field(default_factory=list)  # the article's images' captions, kept out of its text

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        values = dict(data)
        values["paragraphs"] = [Paragraph(**p) for p in data.get("paragraphs") or []]
        values["figures"] = [Figure(**f) for f in data.get("figures") or []]
        return cls(**values)


@dataclass
class Mention:
    """Who a quote or claim is attributed to: the words in the text and who they resolve to."""

    mention: str
    span: Span
    name: str
    source_id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Mention | None:
        if not data:
            return None
        return cls(data["mention"], _span(data["span"]), data.get("name") or "", data.get("source_id"))


@dataclass
class Cue:
    text: str
    span: Span

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Cue | None:
        return cls(data["text"], _span(data["span"])) if data else None


@dataclass
class Quote:
    text: str
    span: Span
    kind: str  # direct | partial | indirect
    speaker: Mention | None = None
    cue: Cue | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            data["text"], _span(data["span"]), data["kind"],
            Mention.from_dict(data.get("speaker")), Cue.from_dict(data.get("cue")),
        )


@dataclass
class Source:
    id: str
    name: str
    kind: str  # person | anonymous | organization | document
    named: bool
    description: str = ""
    mentions: list[Span] = field(default_factory=list)
    quote_count: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        values = dict(data)
        values["mentions"] = [_span(s) for s in data.get("mentions") or []]
        return cls(**values)


@dataclass
class Claim:
    text: str
    span: Span
    score: float
    claimant: Mention | None = None
    key: bool = False  # one of the article's few key claims
    hedges: list[str] = field(default_factory=list)  # "might", "reportedly": not to be read as fact

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            data["text"], _span(data["span"]), float(data["score"]),
            Mention.from_dict(data.get("claimant")), bool(data.get("key")), list(data.get("hedges") or []),
        )


@dataclass
class Annotations:
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    annotator_version: str = ""

    def counts(self) -> dict[str, int]:
        return {
            "quotes": len(self.quotes),
            "sources": len(self.sources),
            "named_sources": sum(1 for s in self.sources if s.named),
            "anonymous_sources": sum(1 for s in self.sources if s.kind == "anonymous"),
            "claims": sum(1 for c in self.claims if c.key),
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotations:
        return cls(
            quotes=[Quote.from_dict(q) for q in data.get("quotes") or []],
            sources=[Source.from_dict(s) for s in data.get("sources") or []],
            claims=[Claim.from_dict(c) for c in data.get("claims") or []],
            annotator_version=data.get("annotator_version") or "",
        )
