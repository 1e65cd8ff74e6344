"""Annotation: an Article -> its quotes, sources and claims (the JSON contract in the README).

`annotate(article)` is the stage's front door; `annotate_text(text)` serves plain text (the CLI's
--jsonl batches). One module per concern: text (sentences, quote marks), mentions and people (who a
phrase is), speakers (attribution), names (who a speaker phrase stands for), quotes, sources,
checkworthy and claims.
"""

from __future__ import annotations

from ..models import Annotations, Article, Cue, Mention, Paragraph, Quote
from .claims import asserts, find_claims
from .people import People
from .posts import Post, find_posts
from .quotes import FoundQuote, find_direct_quotes, find_indirect_quotes
from .sources import build_sources
from .speakers import Speakers
from .text import caption_paragraphs, find_segments, mask_nicknames, paragraphs_of, split_sentences
from .tokens import tokenize

ANNOTATOR_VERSION = "annotate-1"

__all__ = ["ANNOTATOR_VERSION", "annotate", "annotate_text"]


def annotate(article: Article) -> Annotations:
    return annotate_text(article.text, article.paragraphs)


def annotate_text(text: str, paragraphs: list[Paragraph] | None = None) -> Annotations:
    paragraphs = paragraphs or paragraphs_of(text)
    # What the annotators read: the text with the nicknames in names blanked (Marcia "Cia" Price);
    # what they return is sliced from the text itself, at the same offsets.
    reading = mask_nicknames(text)
    segments = find_segments(reading, paragraphs)
    quoted = sorted(s.span for s in segments)
    sentences = split_sentences(reading, paragraphs, quoted)
    tokens = tokenize(reading)
    people = People(reading, tokens, quoted)
    speakers = Speakers(reading, tokens, quoted, people)

    direct = find_direct_quotes(reading, paragraphs, segments, sentences, speakers)
    indirect = find_indirect_quotes(reading, sentences, direct, speakers)
    posts = find_posts(reading, paragraphs, sentences, speakers)
    found = sorted(_outside_posts(direct + indirect, posts) + [p.quote for p in posts], key=lambda q: q.span)

    # A share of a poll ("Sixty-six percent said ...") speaks but is not a source.
    attributed = [q.attribution for q in found if q.attribution is not None and q.attribution.mention.kind != "group"]
    sources, ids = build_sources(text, attributed, people)
    source_of = {id(a): sid for a, sid in zip(attributed, ids, strict=True)}

    quotes = []
    for q in found:
        speaker = cue = None
        if q.attribution is not None:
            a = q.attribution
            m = a.mention
            speaker = Mention(text[m.start : m.end], (m.start, m.end), a.name, source_of.get(id(a)))
            cue = Cue(text[a.cue[0] : a.cue[1]], a.cue)
        quotes.append(Quote(text[q.span[0] : q.span[1]], q.span, q.kind, speaker, cue))
    for source in sources:
        source.quote_count = sum(1 for q in quotes if q.speaker and q.speaker.source_id == source.id)
    # A caption clipped along with the text asserts nothing of the story's own.
    # Nor does the line that signs an embedded post.
    furniture = caption_paragraphs(text, paragraphs) + [p.signature for p in posts]
    story = [s for s in sentences if not any(a <= s[0] < b for a, b in furniture)] if furniture else sentences
    claims = find_claims(text, story, [(q.span, q.speaker if asserts(q.cue) else None) for q in quotes])
    return Annotations(quotes=quotes, sources=sources, claims=claims, annotator_version=ANNOTATOR_VERSION)


def _outside_posts(found: list[FoundQuote], posts: list[Post]) -> list[FoundQuote]:
    """A post is its author's: quoted words inside it that nobody else is named for are part of it."""
    if not posts:
        return found
    spans = [p.quote.span for p in posts]
    return [q for q in found
            if q.attribution is not None or not any(a <= q.span[0] and q.span[1] <= b for a, b in spans)]
