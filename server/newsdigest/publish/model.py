"""Plain data the digest's pages are rendered from: one view per article, person, outlet."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


def slugify(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "x"


def short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]


@dataclass(slots=True)
class QuoteView:
    anchor: str
    text: str
    kind: str
    speaker: str  # resolved name, or the mention, or "" when unattributed
    source_kind: str = ""
    person: str = ""  # key of the person across articles ("" for non-persons)


@dataclass(slots=True)
class ClaimView:
    anchor: str
    text: str
    score: float
    claimant: str  # "" when the outlet asserts it
    key: bool


@dataclass(slots=True)
class SourceView:
    name: str
    kind: str
    named: bool
    description: str
    quote_count: int


@dataclass(slots=True)
class ArticleView:
    id: int
    path: str  # "articles/12.html", relative to the site's root
    md_path: str
    title: str
    url: str
    site: str
    site_slug: str
    day: str  # YYYY-MM-DD: published date, else the day it was clipped
    published: str
    byline: str
    description: str
    tags: list[str]
    note_html: str
    updated_at: str
    annotator_version: str
    quotes: list[QuoteView]  # direct and partial, in reading order
    claims: list[ClaimView]  # key claims, in reading order
    sources: list[SourceView]
    counts: dict[str, int]
    content_hash: str = ""
    text_html: str = ""  # the text with quotations marked, escaped
    search_words: str = ""  # what the in-browser search matches
    markdown: str = ""

    @property
    def key_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.key]


@dataclass(slots=True)
class PersonQuote:
    article: ArticleView
    quote: QuoteView


@dataclass(slots=True)
class PersonView:
    name: str
    slug: str
    path: str
    variants: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    quotes: list[PersonQuote] = field(default_factory=list)


@dataclass(slots=True)
class OutletView:
    name: str
    slug: str
    path: str
    articles: list[ArticleView] = field(default_factory=list)

    @property
    def quote_count(self) -> int:
        return sum(a.counts["quotes"] for a in self.articles)

    @property
    def anonymous_share(self) -> float:
        total = sum(a.counts["sources"] for a in self.articles)
        anonymous = sum(a.counts["anonymous_sources"] for a in self.articles)
        return anonymous / total if total else 0.0
