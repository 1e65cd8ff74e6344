"""Annotation: an Article -> its quotes, sources and claims (the JSON contract in the README).

`annotate(article)` is the stage's front door; `annotate_text(text)` serves plain text (the CLI's
--jsonl batches). One module per concern: text (sentences, quote marks), mentions and people (who a
phrase is), speakers (attribution), names (who a speaker phrase stands for), quotes, sources,
checkworthy and claims.
"""

from __future__ import annotations

from collections import Counter

from ..models import Annotations, Article, Cue, Mention, Paragraph, Quote, Span
from .claims import asserts, find_claims
from .interviews import find_interview
from .people import People
from .posts import find_posts
from .quotes import (
    FoundQuote,
    Verbatim,
    find_direct_quotes,
    find_indirect_quotes,
    headline_quotations,
    with_reported_speakers,
)
from .sources import build_sources
from .spans import index_containing
from .speakers import Attribution, Speakers
from .text import caption_paragraphs, find_segments, mask_nicknames, paragraphs_of, split_sentences
from .tokens import is_first_person, pronoun_base, tokenize
from .transcripts import find_turns

ANNOTATOR_VERSION = "annotate-1"
NAMED = ("name", "organization", "document")  # speakers named as themselves, not by a pronoun or description
WRITER = "the writer"  # the name an "I" or "we" outside quotation marks stands for
NOT_ASSERTED = ("h1", "h2", "h3", "h4", "h5", "h6", "pre")  # kinds of paragraph whose sentences are no claims

__all__ = ["ANNOTATOR_VERSION", "annotate", "annotate_text"]


def annotate(article: Article) -> Annotations:
    # (An article's title is kept apart from its text: the text's first line is no headline.)
    return annotate_text(article.text, article.paragraphs, headline=False)


def annotate_text(text: str, paragraphs: list[Paragraph] | None = None, headline: bool = True) -> Annotations:
    """headline: the text's first line is its headline (a plain text, as the scorers give it), where
    'Vance: harbor chief acted as ...' reports speech even when the name is nowhere else."""
    paragraphs = paragraphs or paragraphs_of(text)
    # What the annotators read: the text with the nicknames in names blanked (Marcia "Cia" Price);
    # what they return is sliced from the text itself, at the same offsets.
    reading = mask_nicknames(text)
    segments = find_segments(reading, paragraphs)
    quoted = sorted(s.span for s in segments)
    sentences = split_sentences(reading, paragraphs, quoted)
    tokens = tokenize(reading)
    people = People(reading, tokens, quoted)
    headline_end = paragraphs[0].end if headline and paragraphs else 0
    speakers = Speakers(reading, tokens, quoted, people, headline_end)

    # Posts, transcripts' turns and interviews' answers give words whole with who said them; the labels
    # that name their authors (a post's signature, a turn's "NAME:", "Q:" and "A:") are no words of the
    # story's: sentences are read without them.
    verbatim = find_posts(reading, paragraphs, sentences, speakers) + find_turns(reading, paragraphs, speakers) \
        + find_interview(reading, paragraphs, speakers)
    sentences = _after_labels(reading, sentences, [v.label for v in verbatim]) if verbatim else sentences
    direct = find_direct_quotes(reading, paragraphs, segments, sentences, speakers)
    indirect = find_indirect_quotes(reading, sentences, direct, speakers)
    direct = with_reported_speakers(reading, direct, indirect)
    # (A report that is nothing but the quoted words, 'said that “it will not be carpets and candles”', is
    # listed once, as those words.)
    quoted = {q.span for q in direct}
    indirect = [q for q in indirect if q.span not in quoted]
    found = sorted(_outside_verbatim(direct + indirect, verbatim) + [v.quote for v in verbatim if v.quote],
                   key=lambda q: q.span)
    said = [(q.span, q.attribution) for q in found if q.attribution is not None]
    speakers.rebind_to_unnamed(said)
    speakers.rebind_members(said)
    speakers.rebind_it_to_named(said)
    # A share of a poll ("Sixty-six percent said ...") speaks but is not a source; nor does the writer
    # (an "I" that stands for nobody the article names), whose words are the story's own.
    # Nor does a pronoun that stands for nobody named: it speaks for no one a reader can call.
    writer = [q.attribution is not None and _the_writer(q.attribution) for q in found]
    nobody = [q.attribution is not None and _unresolved(q.attribution) for q in found]
    attributed = [q.attribution for q, by_writer, unnamed in zip(found, writer, nobody, strict=True)
                  if q.attribution is not None and q.attribution.mention.kind != "group" and not by_writer
                  and not unnamed]
    # (People named together, "Quist and Lee said", are a source each; the quote links to the first.)
    members = [member for a in attributed for member in a.each_speaker()]
    sources, ids = build_sources(text, members, people)
    member_source = {id(member): sid for member, sid in zip(members, ids, strict=True)}
    source_of = {id(a): member_source[id(a.each_speaker()[0])] for a in attributed}

    quotes = []
    for q, by_writer in zip(found, writer, strict=True):
        speaker = cue = None
        if q.attribution is not None:
            a = q.attribution
            m = a.mention
            name = WRITER if by_writer else a.name  # (shown as who speaks: "the writer", not "I")
            speaker = Mention(text[m.start : m.end], (m.start, m.end), name, source_of.get(id(a)))
            cue = Cue(text[a.cue[0] : a.cue[1]], a.cue)
        quotes.append(Quote(text[q.span[0] : q.span[1]], q.span, q.kind, speaker, cue))
    counts = Counter(member_source[id(member)] for q in found if id(q.attribution) in source_of
                     for member in q.attribution.each_speaker())
    for source in sources:
        source.quote_count = counts[source.id]
    # A caption clipped along with the text asserts nothing of the story's own, nor does a heading (a
    # signpost: "'The Ferry Timetable'", "Quick hits") or a block of code. (Looked up, not scanned: a page of
    # captions stays linear.)
    apart = sorted(caption_paragraphs(text, paragraphs) + [(p.start, p.end) for p in paragraphs
                                                           if p.kind in NOT_ASSERTED])
    story = [s for s in sentences if index_containing(apart, s[0]) is None] if apart else sentences
    speaking = [(q.span, q.speaker if asserts(q.cue) and not by_writer and not unnamed else None)
                for q, by_writer, unnamed in zip(quotes, writer, nobody, strict=True)]
    for q in headline_quotations(reading, headline_end, found):  # the headline quoting the story's words
        a, m = q.attribution, q.attribution.mention
        speaking.append((q.span, Mention(text[m.start : m.end], (m.start, m.end), a.name, source_of.get(id(a)))))
    claims = find_claims(text, story, speaking, headline_end=headline_end)
    return Annotations(quotes=quotes, sources=sources, claims=claims, annotator_version=ANNOTATOR_VERSION)


def _outside_verbatim(found: list[FoundQuote], verbatim: list[Verbatim]) -> list[FoundQuote]:
    """Words given whole are their author's: what the readers of single sentences found inside them
    goes, unless its speaker is someone else by name ("and Capo says ..."; a pronoun there is as
    likely the author's "they" as anyone's) or the author saying "I" or "we" ("I think the majority
    know better": the author's, said as the author's). A journalist's turn reports its sources as any
    story does."""
    if not verbatim:
        return found
    given = sorted((v.quote.span, v.quote.attribution) for v in verbatim if v.quote)  # disjoint: looked up
    spans = [span for span, _ in given]
    kept = []
    for q in found:
        k = index_containing(spans, q.span[0])
        if k is None or q.span[1] > spans[k][1] or q.attribution is not None and q.attribution.mention.kind in NAMED:
            kept.append(q)
            continue
        author = given[k][1]
        m = q.attribution.mention if q.attribution is not None else None
        if author is not None and m is not None and m.kind == "pronoun" and is_first_person(m.head):
            kept.append(FoundQuote(q.span, q.kind, Attribution(m, q.attribution.cue, author.name, author.person)))
    return kept


def _after_labels(text: str, sentences: list[Span], labels: list[Span]) -> list[Span]:
    """Sentences without the labels they open with (a sentence that is all label goes)."""
    out = []
    labels = sorted(labels)
    for s, e in sentences:
        k = index_containing(labels, s)
        if k is not None:
            s = labels[k][1]
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


def _unresolved(attribution: Attribution) -> bool:
    """An "it", a "they", a "he", a "she" or a "who" that stands for nobody the article names ("it supports
    muscle recovery", of protein; "(who said “legacy”?)"; "he responded", of a man met on a plane): it
    speaks, but is no source a reader could call."""
    m = attribution.mention
    return m.kind == "pronoun" and pronoun_base(m.head) in ("it", "they", "who", "he", "she") \
        and attribution.name.lower() in ("", m.head)


def _the_writer(attribution: Attribution) -> bool:
    """An "I" or a "we" (or "I'm", "we've") that stands for nobody the article names: the writer."""
    m = attribution.mention
    return m.kind == "pronoun" and is_first_person(m.head) and not attribution.name
