"""Posts the article embeds: "CDC was caught on the spot. ... — Lijian Zhao 赵立坚 (@zlj517) March 12,
2020". A post is its author's own words, signed below it with a name, a handle and a date, the way
the networks' embed code writes it (extract/posts.py keeps such posts in the article)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..models import Paragraph, Span
from .quotes import FoundQuote, Verbatim
from .spans import index_containing
from .speakers import Speakers

# A dash, the author's display name, the handle in parentheses (a Mastodon one with its server), the date.
_SIGNATURE = re.compile(r"[\u2014\u2013]\s*(?P<name>[^\s()\u2014\u2013@][^()\n\u2014\u2013@]{0,60}?)\s*"
                        r"\(@[\w.]{1,60}(?:@[\w.-]+)?\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")
POST_CHARS = 300  # a post's length (a tweet's 280 characters and a link): where paragraphs were flattened
_LATIN = re.compile(r"[A-Za-z]")


def find_posts(text: str, paragraphs: list[Paragraph], sentences: list[Span], speakers: Speakers
               ) -> list[Verbatim]:
    """The embedded posts in the text, in reading order: each a direct quote of its author, the dash
    before the signature its cue, the signature (from the dash to the date) its label."""
    found: list[Verbatim] = []
    if "(@" not in text:
        return found  # (no handle, no signature: most articles)
    blocks = [(p.start, p.end) for p in paragraphs]
    for match in _SIGNATURE.finditer(text):
        dash = match.start()
        span = _post_before(text, blocks, sentences, dash)
        if span is None:
            continue
        start, end = _author_span(text, match.start("name"), match.end("name"))
        attribution = speakers.resolve(speakers.signature(start, end, (dash, dash + 1)))
        found.append(Verbatim(FoundQuote(span, "direct", attribution), match.span()))
    return found


def _post_before(text: str, blocks: list[Span], sentences: list[Span], dash: int) -> Span | None:
    """The post a signature signs: the words before it in its paragraph, or the paragraph before when
    the signature stands alone; only its last sentences when that is longer than a post."""
    k = index_containing(blocks, dash)
    if k is None:
        return None
    lo, hi = blocks[k][0], dash
    if not text[lo:hi].strip():
        if k == 0:
            return None
        lo, hi = blocks[k - 1]
    if hi - lo > POST_CHARS:
        i = bisect_left(sentences, (hi - POST_CHARS,))
        if i == len(sentences) or sentences[i][0] >= hi:
            return None
        lo = sentences[i][0]
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return (lo, hi) if hi > lo else None


def _author_span(text: str, start: int, end: int) -> Span:
    """The display name without the words in other scripts that follow it ("Lijian Zhao 赵立坚")."""
    words = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    kept = [w for w in words if _LATIN.search(text[start + w[0] : start + w[1]])] or words
    return start + kept[0][0], start + kept[-1][1]
