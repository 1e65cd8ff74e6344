"""Quotations and reported speech: what was said, of what kind, and by whom.

Direct and partial quotes come from pairs of double quote marks (multi-paragraph quotes included);
indirect ones from sentences built around a cue ("X said that ...", "..., according to X").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..lexicon import lines, words
from ..models import Paragraph, Span
from .mentions import (
    CIRCUMSTANCE_PREPOSITIONS,
    FUNCTION_WORDS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    TIME_WORDS,
    Mention,
    mention_after,
)
from .spans import first_starting_at_or_after, index_containing, overlaps_any
from .speakers import POSSESSIVES, REFUSING, SEEKING, SUBORDINATORS, Attribution, Speakers
from .text import Segment, before_close, in_title_case, inner_span
from .tokens import (
    ANY_VERB,
    DETERMINERS,
    FINITE_WORDS,
    VERB_SHAPE,
    irregular_past,
    is_anonymous_noun,
    is_cue,
    is_inverted_cue,
    is_organization_word,
    is_title,
)

_WORD = re.compile(r"[\w\u2019']+")
# A word (quoted or possessive too), or a dash around an aside: "the idea - without evidence - that".
_LEAD_WORD = r"[\w.\-\u2014\u2013'\u2019\u201c\u201d\"]+"
_CUE_BEFORE = re.compile(r"\b(\w+)[,:]\s*$")  # 'he responded, “...”'
# 'Brandt saying during the debate last week, “...”': the cue, then when or where it was said (a phrase
# opening with a preposition or a word of time), then the comma.
_CUE_THEN_WHEN = re.compile(r"\b(\w+)\s+(?:during|on|at|in|to|after|before|from|with|last|this|earlier|later|again"
                            r"|today|yesterday|tonight)\b[^,;:.!?\"\u201c\u201d]{0,50}[,:]\s*$")
_LABEL = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}):[ \t]+")


@dataclass
class FoundQuote:
    span: Span
    kind: str
    attribution: Attribution | None


@dataclass
class Verbatim:
    """Words given whole with who said them (a post the article embeds, a transcript's turn): a direct
    quote of its author (None for the outlet's own journalist), and the label that names the author
    (a post's signature, a turn's "NAME:"), no words of the story's."""

    quote: FoundQuote | None
    label: Span


def _holding_report(reports: list[FoundQuote], span: Span) -> FoundQuote | None:
    """The innermost of the reports (in order of their starts) that holds the words at span: the one opening
    last before them, among the few that do (reading them all for each made a page of 16,000 such sentences
    take a minute)."""
    last = bisect_right(reports, span[0], key=lambda r: r.span[0])
    return max((r for r in reports[max(0, last - HOLDING_REACH) : last] if span[1] <= r.span[1] + 1),
               key=lambda r: r.span[0], default=None)


def with_reported_speakers(text: str, direct: list[FoundQuote], indirect: list[FoundQuote]) -> list[FoundQuote]:
    """Quoted words inside reported speech, given by the same cue and speaker phrase, with the person the
    reported speech resolved that phrase to: one statement, one speaker. (Reported speech is read in text
    order after every quotation, so its pronouns know who spoke before them: "Ivo Marsh said ... He added
    that the ferry “works fine”" is Marsh's twice, not his and someone quoted earlier.)"""
    by_cue = {q.attribution.cue: q for q in indirect if q.attribution is not None}
    reports = sorted((q for q in indirect if q.attribution is not None), key=lambda q: q.span[0])
    out = []
    for q in direct:
        reported = by_cue.get(q.attribution.cue) if q.kind == "partial" and q.attribution is not None else None
        if reported is not None and not reported.span[0] <= q.span[0] < q.span[1] <= reported.span[1] + 1:
            # (words inside another report than the one their cue gives are that report's: 'said his caucus
            # would "look at all options," and an aide said ...' is not the aide's)
            holding = _holding_report(reports, q.span)
            if holding is not None:
                q, reported = FoundQuote(q.span, q.kind, holding.attribution), None
        if reported is None and q.kind == "partial" and q.attribution is not None \
                and q.attribution.cue[1] <= q.span[0] and not text[q.attribution.cue[1] : q.span[0]].strip() \
                and _goes_on_a_clause(text, q.span[0]):
            # ('told the Courier that the hearings the judge described “are not required ...”': words that
            # open with a verb or a preposition right after a cue go on the innermost report they sit in, when it holds
            # that cue too; the cue is not theirs)
            holding = _holding_report(reports, q.span)
            if holding is not None and holding.span[0] <= q.attribution.cue[0]:
                q = FoundQuote(q.span, q.kind, holding.attribution)
        # (or a phrase the quoted words' own reading took for an inverted cue's speaker: "and said the search
        # for a coach would begin “immediately.”" is the report's speaker's, not "the search"'s)
        if reported is not None and (reported.attribution.mention.start == q.attribution.mention.start
                                     or reported.span[0] <= q.attribution.mention.start < reported.span[1]
                                     and q.attribution.mention.kind != "pronoun"):  # ('said he “maintains ...”': his)
            q = FoundQuote(q.span, q.kind, reported.attribution)
        out.append(q)
    return out


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_scare_quote(text: str, segment: Segment) -> bool:
    """Scare quotes and nicknames are not speech."""
    s, e = segment.span
    inner = text[slice(*inner_span(text, segment))].strip()
    if not _WORD.search(inner):
        return True
    before = text[max(0, s - 20) : s].lower().rstrip()
    return any(before.endswith(marker) for marker in lines("scare_markers"))


def _is_title(text: str, segment: Segment) -> bool:
    """A short phrase in Title Case, no sentence punctuation but the period or comma American style
    puts inside the marks: a title or a name ("The Apprentice", "The Truman Show."), not speech unless
    it opens its sentence and a speaker follows it ('"As President," she said, "I will ...')."""
    inner = text[slice(*inner_span(text, segment))].strip()
    words = inner.rstrip(".,").split()
    return len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("of", "the", "and", "a", "in") for w in words) \
        and not re.search(r"[!?]$", inner) and len(words) > 1


def _sentence_of(sentences: list[Span], offset: int) -> Span:
    i = index_containing(sentences, offset)
    return sentences[i] if i is not None else (offset, offset)


_NOUN_DETERMINERS = {"a", "an", "the", "every", "each", "this", "no", "any", "such", "these", "those", "many",
                     "some", "several", "most", "both", "few", "other"} | POSSESSIVES
# Quoted words that open with a verb after a noun's "that" ("books that “made me feel less alone”"): "that"
# is their subject, a relative pronoun; what leads to it is the writer's, and the words are partial.
# (A verb sure by its form: an auxiliary, a past in -ed, or a verb with its object pronoun; not a word
# in -s, which is as often a plural: 'a message that “communities are standing up”'.)
_PREDICATE_OPENING = re.compile(r"\W*(?:(?:" + FINITE_WORDS + r"|[a-z]+ed)\b|[a-z]+\s+(?:me|us|him|them)\b)")
# Quoted words that open with a lowercase preposition go on with the phrase before them ('would respond
# “in a proportionate way.”'): no cue introduces them, even right after one.
_PHRASE_OPENING = re.compile(r"\W*(?:in|on|at|for|with|without|by|from|into|about|of|over|under)\s")


def _goes_on_a_clause(text: str, at: int = 0) -> bool:
    """Whether quoted words from `at` open with a verb or a preposition: they go on the clause before them."""
    return bool(_PREDICATE_OPENING.match(text, at) or _PHRASE_OPENING.match(text, at))


def _inside_report(lead: str) -> bool:
    """Whether a cue comes before the lead's last word: its cue reports what another reports ('said her
    government would respond')."""
    return any(is_cue(word) for word in lead[-_LAST_WORDS_REACH:].lower().split()[:-1])


HOLDING_REACH = 8  # reports opening before a quotation, the nearest first, that may hold it
_LAST_WORDS_REACH = 120  # characters: more than two words take


def _kind(text: str, segment: Segment, sentence: Span) -> str:
    s, e = segment.span
    inner = text[slice(*inner_span(text, segment))].rstrip()
    lead = text[sentence[0] : s].rstrip()
    # Quoted words that the sentence's own words lead into ("he thinks Brexit is “a great thing.”")
    # are part of it, even with the period inside the marks; after a colon, a comma, a dash or a cue,
    # or as all that follows "that", they are the quotation.
    # (Its last two words, read from the lead's end: lowering the whole lead for each quotation made a
    # paragraph of 50,000 quotations take 30 s.)
    before_last, last = ([""] + lead[-_LAST_WORDS_REACH:].lower().split()[-2:])[-2:] if lead else ("", "")
    # ("reviewing every claim “with care”": a determiner makes the cue's word a noun, whose words are partial)
    cue_last = is_cue(last) and before_last not in _NOUN_DETERMINERS
    # (nor a cue inside another's report with words after the quotation: 'said he had called “dozens of
    # people” and did not remember the calls')
    cue_last = cue_last and not (_inside_report(lead) and _WORD.search(text[e : sentence[1]]))
    # (Nor words that open with a verb, a predicate that no cue introduces: 'the hearings the judge
    # described “are not required ...”' goes on the clause before it; a question may: 'asked “can we ...?”'.
    # Nor a preposition's, after a cue inside a report: 'said her government would respond “in a ...”'.)
    goes_on = _PREDICATE_OPENING.match(inner) or _PHRASE_OPENING.match(inner) and _inside_report(lead)
    cue_last = cue_last and not (goes_on and not inner.endswith("?")
                                 and not _WORD.search(text[e : sentence[1]]))  # (nor one its own attribution follows)
    # "warns that “...”" (not a second clause of reported speech: "said that stocks fell and that “...”")
    whole_rest = last == "that" and not _WORD.search(text[e : sentence[1]]) \
        and not re.search(r"\b(?:and|or)\s+that$", lead, re.I) \
        and (is_cue(before_last) or not _PREDICATE_OPENING.match(inner))
    if not lead or lead.endswith((":", ",", "--", "\u2014")) or cue_last or whole_rest or not segment.closed:
        # (Short words a cue's colon hands over, all the rest of the sentence: 'Quist said: “Of course.”';
        # not a label's value: 'Object: "man"'.)
        handed = lead.endswith(":") and is_cue(last.rstrip(":")) and not _WORD.search(text[e : sentence[1]])
        return "direct" if _words(inner) >= 3 or not lead or handed else "partial"
    return "partial"


def find_direct_quotes(text: str, paragraphs: list[Paragraph], segments: list[Segment],
                       sentences: list[Span], speakers: Speakers) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    previous: FoundQuote | None = None
    previous_paragraph = -1
    for n, segment in enumerate(segments):
        if _is_scare_quote(text, segment):
            continue
        s, e = segment.span
        sentence = _sentence_of(sentences, s)
        para = paragraphs[segment.paragraph]
        nxt = segments[n + 1].span[0] if n + 1 < len(segments) and segments[n + 1].paragraph == segment.paragraph \
            else para.end
        prv = segments[n - 1].span[1] if n > 0 and segments[n - 1].paragraph == segment.paragraph else para.start
        label = _LABEL.match(text, inner_span(text, segment)[0] if text[s] in '"\u201c\'' else s)
        if label and label.end() < e:  # a transcript turn: 'PENCE: ...' is Pence speaking
            found.append(FoundQuote((label.end(), e), "direct", speakers.label(*label.span(1))))
            previous, previous_paragraph = found[-1], segment.paragraph
            continue
        lead_start = max(prv, sentence[0])  # where the words before the quotation start in its sentence
        lead = text[lead_start:s]
        # Quoted words inside a sentence, or a quotation its nearest cue introduces ('when I told a
        # guy that ..., he responded, “...”'): the cue nearest it, not the sentence's first.
        inside = (not _hands_over(text, e) or _cue_introduces(lead)) and lead.strip()
        kind = _kind(text, segment, sentence)
        after = min(nxt, _after_end(text, sentences, sentence, e))  # what may name its speaker after it
        if _is_title(text, segment) and (text[sentence[0] : s].strip() or speakers.find_attribution(
                e, after, window=8, after_quote=True) is None):
            continue
        attribution = (
            speakers.find_dash(e, min(nxt, para.end))
            or speakers.find_colon_name(lead_start, s)
            or speakers.find_naming_verb(lead_start, s)
            # Quoted words inside a sentence ('Kessler saying he was “very pleased” and Quist calling
            # it ...') belong to the cue before them, not to the next clause's.
            or (speakers.find_attribution(_clause_start(text, lead_start, s), s, last=True) if inside else None)
            or speakers.find_attribution(e, after, window=8, after_quote=True)
            or speakers.find_after_aside(e, after)
            or speakers.find_attribution(lead_start, s)
            or speakers.find_attribution(sentence[0], sentence[1])
            or (speakers.person_subject(sentence[0], s) if kind == "partial" and _words(text[s:e]) >= 3 else None)
            or _colon_intro(text, sentences, para, s, speakers)
            or _previous_sentence(sentences, para, sentence, speakers)
            or _alone_after_its_speaker(text, paragraphs, segments, n, sentences, speakers)
            or (speakers.find_unlisted_cue(e, min(nxt, para.end)) if _hands_over(text, e) else None)
            or _signed_below(text, paragraphs, segment, speakers)
        )
        if attribution is not None and attribution.cue[1] <= s and inside:
            attribution = _reporter_of(text, _clause_start(text, lead_start, s), attribution, speakers)
        if attribution is None and previous is not None and previous.attribution is not None:
            # The quotation goes on from one in its paragraph that ends at most a sentence before it.
            # (Quoted words inside a sentence of the writer's own do not go on from it.)
            same_paragraph = previous_paragraph == segment.paragraph and previous.span[1] >= _sentence_before(
                sentences, sentence) and (kind == "direct" or not text[sentence[0] : s].strip())
            continues = previous_paragraph == segment.paragraph - 1 and s == para.start
            if same_paragraph or continues:
                attribution = previous.attribution
        elif attribution is not None:
            attribution = speakers.resolve(attribution)
        if attribution is None:  # nothing else said it: the person the sentence before opens with, if any
            attribution = _person_before(text, sentences, para, sentence, s, speakers)
            attribution = speakers.resolve(attribution) if attribution is not None else None
        if attribution is None and _words(text[s:e]) <= 4:
            continue  # a short quoted phrase that nobody said: a scare quote
        quote = FoundQuote((s, e), kind, attribution)
        found.append(quote)
        previous, previous_paragraph = quote, segment.paragraph
    _share_across_paragraphs(found, segments)
    return found


# (A new clause has its own subject: the quotation itself, a name, a pronoun or a noun phrase; ", but was
# referring to ..." goes on with the same one.)
_NEW_CLAUSE = re.compile(r"(?:,\s*but|;)\s+(?=[\"\u201c\u2018A-Z]|(?:he|she|they|it|we|i|the|a|an|this|that|these|"
                         r"those|many|some|most|other|others)\b)")


def _cue_word(text: str, attribution: Attribution) -> str:
    """The cue's last word, lowercased ("has said" -> "said"; of a phrasal cue, its particle: "about")."""
    return text[attribution.cue[0] : attribution.cue[1]].split()[-1].lower()


def _reporter_of(text: str, start: int, attribution: Attribution, speakers: Speakers) -> Attribution:
    """Quoted words after a verb by which a thing shows something, inside someone's report ('Tim Lee
    said the results showed “a clear mandate.”'), are the reporter's; otherwise the attribution's."""
    if _cue_word(text, attribution) not in words("evidence_verbs"):
        return attribution
    outer = speakers.find_attribution(start, attribution.mention.start)
    if outer is None or outer.cue[1] > attribution.mention.start \
            or not is_cue(_cue_word(text, outer)):
        return attribution
    return outer


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding a quotation starts: after the last ', but' or ';' before it ('Many people
    report sharper thinking, but “trials have not shown it,” says Mellor': not the people's report)."""
    last = start
    for found in _NEW_CLAUSE.finditer(text, start, end + 1):  # (the mark at end may be what opens it)
        last = found.end() if found.end() <= end else last
    return last


def _cue_introduces(lead: str) -> bool:
    """Whether the words before a quotation end with a cue that introduces it."""
    return any(found is not None and is_cue(found.group(1).lower())
               for found in (_CUE_BEFORE.search(lead), _CUE_THEN_WHEN.search(lead[-80:])))


AFTER_WORDS = 8  # a sentence after a quotation this short may be its attribution ('Bush said.')


def _sentence_before(sentences: list[Span], sentence: Span) -> int:
    """Where the sentence before this one starts (this one's start when it is the first)."""
    i = index_containing(sentences, sentence[0])
    return sentences[i - 1][0] if i else sentence[0]


_HANDING_OVER = (",", "?", "!")  # a tuple: before_close() may give "", which a string would hold


def _hands_over(text: str, end: int) -> bool:
    """A quotation that closes on a comma, question or exclamation mark goes on to its speaker."""
    return end >= 2 and before_close(text, end) in _HANDING_OVER


def _after_end(text: str, sentences: list[Span], sentence: Span, quote_end: int) -> int:
    """Where the text after a quotation that may name its speaker ends: the sentence's end, or, when
    the quotation ends its sentence ('“... coming!” Bush said.'), the end of a short next sentence."""
    if text[quote_end : sentence[1]].strip():
        return max(sentence[1], quote_end)
    i = first_starting_at_or_after(sentences, quote_end)
    following = sentences[i] if i is not None else None
    if following and "\n" in text[quote_end : following[0]]:
        return max(sentence[1], quote_end)  # a line break ends what may name the speaker
    # A question or exclamation hands over to its speaker: a sentence break does not end it there.
    if following and (_words(text[following[0] : following[1]]) <= AFTER_WORDS or _hands_over(text, quote_end)):
        return following[1]
    return max(sentence[1], quote_end)


def _colon_intro(text: str, sentences: list[Span], para: Paragraph, start: int,
                 speakers: Speakers) -> Attribution | None:
    """'Caddell continued:' before the quotation, in its paragraph or ending the one before (or a dash
    in its paragraph); with no cue ('She then addressed the crowd again:'), the clause's subject
    introduces it."""
    lead = text[para.start : start].rstrip()
    if lead.endswith((":", "--", "\u2014")):  # or a dash: "Trump also embraced waterboarding -- “I think ...”"
        mark = para.start + len(lead) - 1
    elif lead:
        return None
    else:
        mark = para.start
        while mark > 0 and text[mark - 1].isspace():
            mark -= 1
        mark -= 1
        if mark < 0 or text[mark] != ":":
            return None
    i = index_containing(sentences, mark)
    lo = sentences[i][0] if i is not None else para.start
    return speakers.find_attribution(lo, start, last=True) or speakers.subject_before(lo, mark)


def _previous_sentence(sentences: list[Span], para: Paragraph, sentence: Span,
                       speakers: Speakers) -> Attribution | None:
    """'..., Schiff said. “The other factor ...”': the quotation goes on from the sentence before."""
    i = index_containing(sentences, sentence[0])
    if i is None or i == 0 or sentences[i - 1][0] < para.start:
        return None
    return speakers.find_attribution(*sentences[i - 1])


def _person_before(text: str, sentences: list[Span], para: Paragraph, sentence: Span, s: int,
                   speakers: Speakers) -> Attribution | None:
    """'Roloson supports Clinton. “I'm a college graduate ...”': a quotation that is a sentence of its
    own, with no cue near it, is the words of the person the sentence before opens with, by name or
    as "he" or "she" ("He smiled. “I can't comment ...”")."""
    i = index_containing(sentences, sentence[0])
    if i is None or i == 0 or sentences[i - 1][0] < para.start or text[sentence[0] : s].strip():
        return None
    found = speakers.person_subject(*sentences[i - 1])
    if found is not None and found.mention.kind == "pronoun" and found.mention.head in ("he", "she"):
        # "Asked whether Reyes was the target, he smiled.": he, opening the sentence or its main clause
        lead = text[sentences[i - 1][0] : found.mention.start]
        return found if not lead.strip() or lead.rstrip().endswith(",") else None
    if found is None or found.mention.kind != "name" or found.mention.start != sentences[i - 1][0] \
            or not all(word[:1].isupper() for word in text[found.mention.start : found.mention.end].split()):
        return None  # (not "But the oversized Trump face ...")
    return found


def _signed_below(text: str, paragraphs: list[Paragraph], segment: Segment, speakers: Speakers
                  ) -> Attribution | None:
    """A quotation that ends its paragraph, signed in a short next one: '- Bernie Sanders.'"""
    para = paragraphs[segment.paragraph]
    if text[segment.span[1] : para.end].strip(" .") or segment.paragraph + 1 >= len(paragraphs):
        return None
    below = paragraphs[segment.paragraph + 1]
    if _words(text[below.start : below.end]) > 8:
        return None
    return speakers.find_dash(below.start, below.end)


def _alone_after_its_speaker(text: str, paragraphs: list[Paragraph], segments: list[Segment], n: int,
                             sentences: list[Span], speakers: Speakers) -> Attribution | None:
    """'Valastro praised Christie’s leadership.' then a paragraph that is only “We need someone ...”:
    the quotation is the words of the person the paragraph before ends on."""
    segment = segments[n]
    para = paragraphs[segment.paragraph]
    s, e = segment.span
    if segment.paragraph == 0 or text[para.start : s].strip() or text[e : para.end].strip(" .,!?\u201d\""):
        return None
    if n > 0 and segments[n - 1].paragraph == segment.paragraph - 1:
        return None  # the paragraph before quotes someone: the quotation may go on from it
    before = paragraphs[segment.paragraph - 1]
    i = index_containing(sentences, before.end - 1)
    if i is None:
        return None
    return speakers.opening_name(max(sentences[i][0], before.start), sentences[i][1])


def _share_across_paragraphs(found: list[FoundQuote], segments: list[Segment]) -> None:
    """The parts of a multi-paragraph quotation share its speaker: each part takes the speaker last
    named in the group (a transcript changes speaker at each label), the first ones the first named."""
    by_end = {s.span[1]: s for s in segments}
    group: list[FoundQuote] = []
    for quote in found:
        group.append(quote)
        segment = by_end.get(quote.span[1])
        if segment is not None and segment.continued:
            continue
        current = next((q.attribution for q in group if q.attribution), None)
        for q in group:
            current = q.attribution = q.attribution or current
        group = []


def find_indirect_quotes(text: str, sentences: list[Span], direct: list[FoundQuote],
                         speakers: Speakers) -> list[FoundQuote]:
    """Reported speech, one per sentence at most: without quote marks, or with quoted words inside
    it (Zelensky said that “sabotage groups” had infiltrated Kyiv), but not around a quotation, nor
    the attribution of one ('“...?” Trump asked reporters at a news conference.')."""
    spans = sorted(q.span for q in direct if q.kind == "direct")
    # Quotations handed to a speaker by a cue after them, by where they end (looked up per sentence).
    handed = sorted((q for q in direct if q.kind == "direct" and q.attribution is not None
                     and q.span[1] <= q.attribution.cue[0]), key=lambda q: q.span[1])
    handed_ends = [q.span[1] for q in handed]
    # Cues that follow a quotation and hand it to its speaker ('“...?” Trump asked reporters ...').
    used_cues = {q.attribution.cue for q in direct
                 if q.kind == "direct" and q.attribution is not None and q.attribution.cue[0] >= q.span[1]}
    quotations = _Quotations(direct)
    found = []
    for s, e in sentences:
        if s >= speakers.headline_end and _subheading(text[s:e]):
            continue
        asked = _question_asked_by(text, s, e, speakers)
        if asked is not None and not overlaps_any(spans, *asked.span):
            found.append(asked)  # "Asked by Tim Lee whether ..., Quist said ...": the asker's question, then the answer
        if overlaps_any(spans, s, e):
            after = _after_quotation(text, s, e, handed[bisect_left(handed_ends, s) : bisect_right(handed_ends, e)],
                                     spans)
            if after is not None:
                found.append(after)
            # 'Nadia Perrin said it was too early to thank the volunteers but added, “...”': reported
            # speech before the quotation its sentence goes on to.
            e = _before_quotation(text, s, e, spans) or _before_introduced_quotation(text, s, e, quotations, used_cues)
            if e is None:
                continue
        # (Below the headline, "Name: words" is a list item's or a subheading's label far more often
        # than speech: "Optimize Title Tags: Use primary keywords ...", "Sanders: Win in a walk".)
        headline = speakers.find_headline_speaker(s, e) if s < speakers.headline_end else None
        if headline is not None:
            start = headline.cue[1]
            while start < e and text[start].isspace():
                start += 1
            stop = e - 1 if text[e - 1 : e] in ".!?" else e
            if _words(text[start:stop]) >= 3:
                found.append(FoundQuote((start, stop), "indirect", speakers.resolve(headline)))
            continue
        relative = _relative_report(text, s, e, speakers)
        if relative is not None:
            # "..., which he said the Mexican government should pay for": the writer's (or another
            # speaker's) sentence goes on to a clause its own speaker reports; the rest is read alone.
            found.append(relative)
            e = relative.span[0]
            while e > s and text[e - 1] in " ,":
                e -= 1
        attribution = (speakers.find_according(s, e) or speakers.find_attribution(s, e)
                       or speakers.has_stance_verb(s, e) and speakers.find_attribution(s, e, stance=True) or None)
        if attribution is None:
            finding = speakers.find_in_finding(s, e)
            if finding is not None:  # "In the CBS poll, Trump's lead remained in double digits."
                a, b = finding[1]
                content = _trimmed(text, a, _before_end_marks(text, a, b), e)
                if content is not None:
                    found.append(FoundQuote(content, "indirect", speakers.resolve(finding[0])))
            continue
        if attribution.cue in used_cues:
            continue
        side = speakers.side_taken(attribution.cue)
        verb = _cue_word(text, attribution)
        if attribution.mention.head == "it" and (
                side is not None or not is_cue(verb) and not speakers.resolve(attribution).name):
            # A thing takes no side ("It also supports Fenwick Pay"), nor a stance when it stands for no one
            # named ("It feels like a waste of money"; "The Fed ... It expects to raise rates" does).
            continue
        content = side or _content_span(text, s, e, attribution)
        tried = [attribution]
        if content is None and not text[attribution.cue[0] : attribution.cue[1]].lower().startswith(("according",
                                                                                                      "per")):
            # "Mr. Guerrero, a Republican who described himself as ..., said he recoiled": that cue
            # reported nothing; a later one in the sentence may.
            since = attribution.cue[1]
            later = (speakers.find_attribution(s, e, since=since)
                     or speakers.has_stance_verb(since, e) and speakers.find_attribution(s, e, stance=True, since=since)
                     or None)
            if later is not None and later.cue not in used_cues:
                tried.append(later)
                content = _content_span(text, s, e, later)
                attribution = later if content is not None else attribution
        if content is None:
            # "The port's lawyers will report to a judge, and the agency said it will ...": the speaker
            # opens a clause of its own (or the later one's: "Lee did not respond to a request for comment, but
            # his lawyer said ...").
            for speaking in tried:
                joins = [m.end() for m in _JOIN.finditer(text, s, speaking.mention.start)]
                content = _content_span(text, joins[-1], e, speaking) if joins else None
                if content is not None:
                    attribution = speaking
                    break
            if content is None:
                continue
        outer = _outer_report(text, s, content, e, speakers)
        if outer is not None and outer[1].attribution.cue == attribution.cue:
            # (its own attribution, read again past the comma: "..., she said, adding that ...": once)
            content, outer = outer[0] or outer[1].span, None
        if outer is not None:  # "The mayor warned that ..., said a city official": a report of a report
            found.append(outer[1])
            if outer[0] is None:
                continue
            content = outer[0]
        second = _second_clause(text, content, e, speakers, attribution)
        if second is not None:
            content = _before_own_attribution(text, (content[0], second[0]), attribution, e)
        elif content[0] >= attribution.cue[1]:
            content = _before_contrast(text, content, speakers.quoted)
        found.append(FoundQuote(content, "indirect", speakers.resolve(attribution)))
        compared = _COMPARED.match(text, content[1])
        # "Half said they wanted a new ferry, compared with four in 10 who said they preferred the old
        # one": the share compared reports its own words.
        other = _own_report(text, compared.end(), e, speakers) if compared is not None else None
        if other is not None:
            found.append(other)
            continue
        if attribution.mention.head == "who" and text.startswith(",", content[1]):
            # "Quist, who has said the ferry is safe, argued that the town should buy it": after the
            # relative clause's report, the sentence's own, its speaker before the aside.
            main = speakers.find_attribution(s, e, since=content[1])
            more = _content_span(text, s, e, main) if main is not None and main.cue[0] > content[1] else None
            if more is not None and more[0] >= content[1]:
                found.append(FoundQuote(more, "indirect", speakers.resolve(main)))
                continue
        if attribution.cue[0] < content[1] <= attribution.mention.start:
            # "Noting that both ferries were late, Quist said the town ...": the opening gerund's words,
            # then the main clause's own report.
            main = _own_report(text, attribution.mention.start, e, speakers)
            if main is not None and main.span[0] >= content[1]:
                found.append(main)
            continue
        following = _next_cue(text, content[0], e) if second is None else None
        if following is not None:  # "..., arguing that ...": the same speaker's next statement
            then = Attribution(attribution.mention, following.span(1), attribution.name, attribution.person)
            more = _content_span(text, following.start(), e, then)
            if more is not None and more[0] >= content[1]:
                found.append(FoundQuote(more, "indirect", then))
        if second is not None:
            found.append(FoundQuote(second[1], "indirect", speakers.resolve(second[2])))
        elif following is None:
            main = _main_clause_report(text, s, content, e, speakers)
            if main is not None:
                found.append(main)
    return found


def _subheading(line: str) -> bool:
    """Below the headline, a line in title case without a sentence's closing mark names a section, a
    work or a product ("Why Many in Fenwick Say It Is Worth It", "Frequently Asked Questions About
    Ferries"): it reports nothing. (A line in capitals is a live blog's headline for its next entry.)"""
    # (The closing mark first: it ends nearly every line, and is the cheapest to look at.)
    return not line.rstrip("\u201d\u2019\"' ").endswith((".", "?", "!")) and not line.isupper() and in_title_case(line)


# A refusal's bare object, the clause ending after it ("declined to comment.", "refused to say, citing ...").
_BARE_REFUSAL = re.compile(r"\s+(to (?:comment|say|elaborate|respond|speculate))(?=\s*[.,;!?]|\s*$)")
_ASKED = re.compile(r"\s*(?:[Ww]hen\s+)?[Aa]sked\b")  # a question opening the sentence, its answer after
_COMPARED = re.compile(r",\s+compared (?:with|to)\s+")


def _main_clause_report(text: str, s: int, content: Span, e: int, speakers: Speakers) -> FoundQuote | None:
    """'When the moderator pointed out that Quist had not answered, the candidate said families file
    lawsuits': what was said in an opening clause ends at its comma, and the main clause after it
    reports its own speaker's words."""
    opener = text[s : content[0]].split(None, 1)
    if not opener or opener[0].lower().strip(",") not in SUBORDINATORS:
        return None
    comma = re.match(r"[\u201d\"']*,\s+", text[content[1] : e])
    if comma is None:
        return None
    return _own_report(text, content[1] + comma.end(), e, speakers, opening_words=1)


def _own_report(text: str, start: int, e: int, speakers: Speakers, opening_words: int | None = None
                ) -> FoundQuote | None:
    """The report of a clause from start to e whose speaker stands in it (after at most opening_words
    words, when given: the clause must open with its speaker)."""
    attribution = speakers.find_attribution(start, e)
    if attribution is None or attribution.mention.start < start or opening_words is not None \
            and _words(text[start : attribution.mention.start]) > opening_words:
        return None
    said = _content_span(text, start, e, attribution)
    return FoundQuote(said, "indirect", speakers.resolve(attribution)) if said is not None else None


# "a wall, which he said Mexico should pay for": "which", a speaker and a cue right after it. (Not
# "that": after a cue it opens what was said, "told reporters that he ..."; with it, train gave 14
# right of 65 added.)
_RELATIVE_REPORT = re.compile(r"(?:,\s+|\s)(which)\s+")
RELATIVE_SPEAKER_WORDS = 6  # at most, between the relative pronoun and the cue


def _relative_report(text: str, s: int, e: int, speakers: Speakers) -> FoundQuote | None:
    """A relative clause that reports what its own speaker says of the noun before it: what was said
    is the clause, from "which" to the clause's end ("which he said the Mexican government
    should also pay for"), as the annotators read it."""
    for m in _RELATIVE_REPORT.finditer(text, s, e):
        before = text[max(s, m.start() - 20) : m.start() + 1].split()
        if not before or before[-1].lower() in PREPOSITIONS:
            continue  # ("in which Democratic sources said": the clause is about something else)
        attribution = speakers.find_attribution(m.end(), e, window=RELATIVE_SPEAKER_WORDS + 1)
        mention = attribution.mention if attribution is not None else None
        if mention is None or mention.start != m.end() or mention.kind == "pronoun" \
                and mention.head in ("it", "who", "which") or text[mention.end : attribution.cue[0]].strip():
            continue
        mention_words = text[mention.start : mention.end].split()
        if len(mention_words) > 1 and mention_words[0].islower() and mention_words[0] not in DETERMINERS:
            continue  # ("which began with worker protests": a verb opens the clause, no speaker)
        tail = text[attribution.cue[1] : e]
        if re.match(r"\s*(?:that\b|[,.;:\u201c\u201d\"]|$)", tail):
            continue  # ("which he said that ...", "which she said, ...": not a clause about the noun)
        stop = re.search(r"[,;:\u2014]|\s--?\s", tail)
        end = attribution.cue[1] + (stop.start() if stop else len(tail))
        content = _trimmed(text, m.start(1), _before_end_marks(text, m.start(1), end), e)
        if content is not None:
            return FoundQuote(content, "indirect", speakers.resolve(attribution))
    return None


_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+")
# What a question opens with: "whether the ferry was safe", "about the fares", "to respond to the charge".
_QUESTION_OPENS = re.compile(r"\s*(?:whether|if|why|how|what|when|where|who|which|about|to)\b")
QUESTION_ASKER_WORDS = 12  # at most, for who asked ("by host John Dickerson of CBS News")


def _question_asked_by(text: str, s: int, e: int, speakers: Speakers) -> FoundQuote | None:
    """'Asked by Tim Lee whether the ferry was safe, Quist said ...', 'Quist was asked by a caller why
    the ferry was late.': the question is the asker's words, up to the comma that ends its clause."""
    m = _ASKED_BY.search(text, s, e) if text.find("sked by", s, e) != -1 else None  # (a plain find first: cheaper)
    if m is None:
        return None
    k = speakers.index_at(m.end())
    asker = mention_after(text, speakers.tokens[k : min(speakers.index_at(e), k + QUESTION_ASKER_WORDS)], 0)
    if asker is None or asker.kind == "pronoun" or not _QUESTION_OPENS.match(text, asker.end, e):
        return None
    comma = text.find(", ", asker.end, e)
    end = comma if comma != -1 else _before_end_marks(text, asker.end, e)
    content = _trimmed(text, asker.end, end, e)
    cue = (m.start(), m.start() + len("asked"))
    return FoundQuote(content, "indirect", speakers.resolve(Attribution(asker, cue))) if content else None


def _before_own_attribution(text: str, content: Span, attribution: Attribution, e: int) -> Span:
    """A content cut where a second clause opens ends before its own speaker and cue, when nothing
    but a comma stands between them and the cut ("CONTENT, Fiorina said, though Carson said ...")."""
    who_start = min(attribution.mention.start, attribution.cue[0])
    who_end = max(attribution.mention.end, attribution.cue[1])
    if content[0] < who_start and who_end <= content[1] and not text[who_end : content[1]].strip(" ,"):
        return _trimmed(text, content[0], who_start, e) or content
    return content


_LEAD_IN = re.compile(r"(?:,?\s+(?:and|but|then|before)\s+(?:also\s+|then\s+)?(\w+)|,\s+(\w+ing))[\s,:]*$")


def _before_quotation(text: str, s: int, e: int, spans: list[Span]) -> int | None:
    """Where reported speech before a sentence's first quotation ends, when a second cue joined to
    the first leads into the quotation ('... said it was too early, but added, “...”', '..., adding:')."""
    i = first_starting_at_or_after(spans, s + 1)
    first = spans[i] if i is not None and spans[i][0] < e else None
    if first is None or overlaps_any(spans, s, first[0]):
        return None
    lead_in = _LEAD_IN.search(text, s, first[0])
    if lead_in is None or not is_cue((lead_in.group(1) or lead_in.group(2)).lower()):
        return None
    return lead_in.start() if _words(text[s : lead_in.start()]) >= 6 else None


class _Quotations:
    """The quotations a sentence may hold, sorted, for lookups by offset (a page of thousands of
    quotations must not make every sentence read them all)."""

    def __init__(self, found: list[FoundQuote]):
        ordered = sorted(found, key=lambda q: q.span)
        self.spans = [q.span for q in ordered]
        self.direct = [q for q in ordered if q.kind == "direct"]
        self.direct_starts = [q.span[0] for q in self.direct]

    def first_direct(self, s: int, e: int) -> FoundQuote | None:
        """The first direct quotation that starts between s and e."""
        k = bisect_left(self.direct_starts, s)
        return self.direct[k] if k < len(self.direct) and self.direct_starts[k] < e else None


def _before_introduced_quotation(text: str, s: int, e: int, quotations: _Quotations,
                                 used_cues: set[Span]) -> int | None:
    """'She said that experts had determined her plan was sound, to which O'Malley interjected: “...”':
    reported speech before a clause that introduces the sentence's first quotation with a speaker and a
    cue of its own ends at the comma before that clause."""
    quote = quotations.first_direct(s, e)
    if quote is None or quote.attribution is None or overlaps_any(quotations.spans, s, quote.span[0]):
        return None
    intro = min(quote.attribution.mention.start, quote.attribution.cue[0])
    if quote.attribution.cue[1] > quote.span[0] or intro <= s or quote.attribution.cue in used_cues:
        return None  # (only a quotation its own clause introduces, the clause inside the sentence)
    if re.match(r"(?:when\s+)?asked\b", text[s:intro].lstrip(), re.I):
        return None  # "Asked whether ..., Trump said: ...": the question put to the quotation's speaker
    join = _JOIN.search(text, s, intro)  # ("He said he had not seen it, and when asked whether ..., he said, ...")
    comma = join.start() if join is not None else text.rfind(",", s, intro)
    return comma if comma > s and _words(text[s:comma]) >= 6 else None


def _after_quotation(text: str, s: int, e: int, ending: list[FoundQuote], spans: list[Span]) -> FoundQuote | None:
    """'“...,” he said, adding that he would not make predictions.', '“...,” said Mr. Kamin, who
    emphasized that ...': the quotation's speaker goes on to a statement of his own, reported after a
    gerund cue, or "who" and a cue, that follows the attribution. ending: the quotations handed to
    their speaker by a cue after them that end in the sentence."""
    handed = [q for q in ending if q.attribution is not None and q.attribution.cue[0] < e]
    if not handed:
        return None
    quote = handed[-1]
    cue_end = quote.attribution.cue[1]
    m = _NEXT_STATEMENT.search(text, cue_end, e)
    cue = m.lastindex if m is not None else 0
    if m is None or not is_cue(m.group(cue).lower(), stance=True) or overlaps_any(spans, m.end(), e):
        return None
    a = m.end() + re.match(r"\s*(?:that\s+)?", text[m.end() : e]).end()
    content = _trimmed(text, a, _before_end_marks(text, a, e), e)
    if content is None:
        return None
    speaker = quote.attribution.mention
    if cue == 2:  # "who" speaks, and stands for the quotation's speaker
        who = text.index("who", m.start(), m.start(2))
        speaker = Mention(who, who + 3, "pronoun", "who", "who")
    elif cue == 4:  # ", though he added that ...": the pronoun stands for the quotation's speaker
        speaker = Mention(m.start(3), m.end(3), "pronoun", m.group(3), m.group(3), plural=m.group(3) == "they")
    return FoundQuote(content, "indirect", Attribution(speaker, m.span(cue), quote.attribution.name,
                                                       quote.attribution.person))


# Words that make a clause of what stands between a cue and "that" ("said she could not support the
# deal that ..."): that "that" is a relative pronoun, not the one that opens what was said.
_CLAUSE_WORDS = {"i", "he", "she", "we", "they", "it", "is", "are", "was", "were", "could", "would", "will", "can",
                 "should", "may", "might", "must", "has", "have", "had", "not", "do", "does", "did"}


# ", however, " or ", in fact, " between a cue and its "that" ("The report cautions, however, that ...").
_ADVERB_ASIDE = r"\s*(?:,\s*(?:however|though|also|too|moreover|nonetheless|nevertheless|again|in fact|for example|" \
    r"for instance|of course" \
    r"|(?:per|through|via|speaking|talking|on condition|according to|in (?:an?|his|her|their) (?:[\w-]+ )?" \
    r"(?:interview|statement|email|e-mail|letter))\b[^,;.\u201c\u201d\"]{0,100}" \
    r")\s*,\s*)?"  # (or how it was said: "said, per a translator, that ...", "said, speaking on condition of ...,")


# An infinitive and the start of its object after a cue ("refused to extend a ...", not "said to reporters").
_INFINITIVE_THEN_OBJECT = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those)\b)[a-z]+\s+"
                                     r"(?:the|a|an|his|her|their|its|our|my|your|this|these|those)\b")


def _that_opens(tail: str, reach: int) -> re.Match[str] | None:
    """'(to reporters on Tuesday) that ': the "that" that opens what was said, a few words after the cue
    and not after a comma or a clause of its own."""
    m = re.match(rf"{_ADVERB_ASIDE}((?:{_LEAD_WORD}\s+){{0,{reach}}}?)that\s+", tail)
    lead = m.group(1).split() if m is not None else []  # the words between the cue and "that"
    # ("in May that": the month, capitalized, is not the verb.)
    if m is None or _CLAUSE_WORDS & {w.lower() for w in lead if w != "May"}:
        return None
    if _INFINITIVE_THEN_OBJECT.match(m.group(1)):
        return None  # "refused to extend a quota that expires": "that" goes on about the verb's object
    if "\u201c" in m.group(1) and "\u201d" not in m.group(1) or m.group(1).count('"') % 2:
        return None  # 'called the offer “an insult to every family that depends ...”': the quotation's own "that"
    if lead and lead[-1].lower() in PREPOSITIONS:
        return None  # "in the spring of that year she ...": after a preposition "that" says which
    past = _PAST_AFTER.match(tail, m.end()) or _WORD_AFTER.match(tail, m.end()).group(0) in irregular_past()
    if past and any(w.lower() not in TIME_WORDS for w in lead):
        # "notes the fund hid four donations that totaled $2 million", "said the call that went against
        # his team was ...": the object's relative clause
        return None
    if _FINITE_AFTER.match(tail, m.end()) or _VERB_THEN_OBJECT.match(tail, m.end()):
        # "say that is not enough", "warned of a battle that could split the party", "wanted the cost shared
        # by the companies that use the port": a "that" a verb follows (a finite one, or one its object
        # follows) is the clause's subject or a relative pronoun, not the one opening it.
        return None
    return m


# A lowercase word that is no subject's, then an object ("use the port", "blocks progress"): a verb.
# (Not a subject's word: a determiner, a pronoun, a preposition, a word of time or a wh-word, an adverb,
# a gerund or a participle opening a phrase: "that reducing the deficit is ...", "that given the crop ...".)
_NOT_VERBS = DETERMINERS | PREPOSITIONS | TIME_WORDS | SUBORDINATORS | {
    "there", "it", "he", "she", "they", "we", "i", "you", "nothing", "soon", "then", "what", "whatever", "however",
    "whoever", "whichever", "wherever", "sometimes", "often", "given", "through", "throughout", "despite", "unlike",
    "without", "such", "all", "each", "every", "any", "only", "even", "just"}
_VERB_THEN_OBJECT = re.compile(r"(?!(?:" + "|".join(sorted(_NOT_VERBS)) + r")\b)(?![a-z]+(?:ly|ing)\b)[a-z]+\s+"
                               r"(?:the|a|an|this|these|those|his|her|its|their|our|my|your|them|him|us)\b")
_TO_WHAT = re.compile(r"\s*to\s+(?:a|an|the|his|her|their|its|our|my|your|several|repeated|multiple|requests|"
                      r"messages|calls|emails|inquiries|questions)\b")
_FINITE_AFTER = re.compile(rf"(?:{FINITE_WORDS})\b")
_FOR_COMMENT = re.compile(r"\s*(?:(?:[\w-]+\s+){0,2}(?:requests?|messages?|calls?|emails?|inquiries|inquiry)\s+)?"
                          rf"(?:for|{SEEKING})\s+comment\b")
_PAST_AFTER = re.compile(r"[a-z]+ed\b")  # a verb in the past right after "that"
_WORD_AFTER = re.compile(r"[a-z]*")  # (or one whose shape does not say so: tokens.irregular_past)


# What follows a cue without being what was said: "said in a statement released by his office".
# (Not "on", "of", "for", "about", "to": "called for a prosecutor", "warned of the dangers" name what was said.)
_HOW_SOON = r"[\s,]*(?:(?:shortly|soon|just|right|late|early|long)\s+)?"  # ("shortly after midnight")
_CIRCUMSTANCE = re.compile(_HOW_SOON + r"(?:in|at|during|after|before|from|with|by|while|when|as|through|via|over|"
                           r"since|until|later|earlier|afterward|afterwards)\b", re.I)
# When, and only when ("conceded shortly before midnight"; "agreed with the plan", "scoffed at it" say what).
_TIME_ONLY = re.compile(_HOW_SOON + r"(?:during|after|before|since|until|later|earlier|afterwards?)\b", re.I)
# ("CONTENT, he said, on condition of anonymity ...": how, where or when it was said, after the attribution.)
_SAYING_ADJUNCT = re.compile(r"\s*,\s*(?:(?:speaking|talking) )?(?:on (?:the )?condition\b|anonymously\b|"
                             r"(?:in|during) (?:an?|his|her|their) (?:[\w-]+ )?"
                             r"(?:interview|statement|phone call|telephone interview|email|e-mail)\b)")
# ("CONTENT, two diplomats said, dealing a blow to ...": what the event did, the writer's words, after the
# attribution; not "during", "including", nor a noun in "-thing".)
_PARTICIPLE_AFTER = re.compile(r"\s*,\s+(?!(?:during|including|according|notwithstanding)\b)(?![a-z]*thing\b)"
                               r"[a-z]+ing\b")
# "said so" (not "so that", "so far"): what was said stands elsewhere.
_SAID_SO = re.compile(r"\s+so\b(?!\s+(?:that|far|many|much)\b)")
# ("CONTENT, the AP declared on Thursday, two days after ...": when it was said.)
_WHEN = re.compile(r"[\s,]*(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                   r"tonight|last\s+(?:week|month|year|night))\b", re.I)
# ("said at halftime he told ...", "said in an interview she would ...": where or when, then a pronoun and its verb)
_WHERE_FIRST = re.compile(r"(?:at|in|on|during|after|before)\s+(?:[\w'\u2019-]+\s+){1,4}?"
                          r"(?=(?:he|she|they|we|I|it)\s+[a-z])")
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_WHEN_FIRST = re.compile(rf"(?:{_WHEN.pattern}(?:\s+{_PART_OF_DAY})?|\s*{_PART_OF_DAY})\s+(?=[\w\"\u201c])", re.I)
# Whom someone told, before what was said: a pronoun, a plural noun, or a name ("told CNN").
# Or a noun after its article or owner ("told the crowd", "told his aides"), when a clause's subject
# follows it; then perhaps when ("told the Courier on Monday the ferry ...").
_NOT_WHOM = "|".join(sorted(PREPOSITIONS | {"as", "that"}))  # ("told the story of ...": no one told)
_TOLD_WHOM = re.compile(r"\s*(?:him|her|them|us|me|you|(?!(?:its|his|this|was|is|has|does)\b)[a-z]+s"
                        rf"|(?:the|a|an|his|her|their|its|our|my|your)\s+(?:(?!(?:{_NOT_WHOM})\b)[a-z]+\s+){{0,2}}"
                        rf"(?!(?:{_NOT_WHOM})\b)[a-z]+"
                        r"(?=\s+(?:on\s+[A-Z]\w+\s+)?(?:he|she|they|it|we|I|the|a|an|his|her|their|[A-Z]\w*)\s)"
                        r"|(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019&-]*\s+){1,4})(?:\s*on\s+[A-Z]\w+day\b)?(?=\s*[A-Za-z])\s*")
# (the comma inside the closing mark too: ',” adding')
_GERUND_AFTER_COMMA = re.compile(r",[\u201d\"]?\s+(?:\w+\s+)?(\w+ing)\b")
# After a quotation's attribution, the speaker's next statement: ", adding that ...", ", who noted that ...".
_NEXT_STATEMENT = re.compile(r",[\u201d\"]?\s+(?:(?:\w+\s+)?(\w+ing)|who\s+(?:also\s+)?(\w+)"
                             r"|(?:and|but|though|although)\s+(he|she|they)\s+(?:also\s+|later\s+)?(\w+))\b")


def _next_cue(text: str, a: int, b: int) -> re.Match[str] | None:
    """A gerund cue after a comma inside reported speech ('... in speeches and interviews, arguing
    that ...'): the speaker's next statement, not part of this one."""
    for m in _GERUND_AFTER_COMMA.finditer(text, a, b):
        gerund = m.group(1).lower()
        if (is_cue(gerund) or gerund in words("next_statement_gerunds")) \
                and (_words(text[a : m.start()]) >= 3 or text.startswith(" that ", m.end(1))):
            return m  # (after a short object too when "that" follows: "denied it, saying that ...")
    return None


# Where reported speech ends and a second clause with its own speaker begins.
# (A comma, a semicolon or a dash ends the clause before: "He backs Clinton -- not me -- and he says ...".)
# (The comma may sit inside a quotation's closing mark, which then ends what comes before: 'would "look at all
# options," and an aide said'.)
_JOIN = re.compile(r"(?:,\s+|(?<=,[\u201d\"])\s+|\s--?\s+|\s?[\u2014\u2013]\s?)(?:and|but|while|then|though|although|"
                   r"whereas|even as)\s+|;\s+")
# "claimed responsibility but U.S. officials said ...": a speaker of its own right after "but".
_BARE_BUT = re.compile(r"\s+but\s+")
# "said he was in therapy and vowed to ...", "but said ...": a verb after "and" or "but", no comma needed
# (a speech verb: _second_clause asks is_cue).
_AND_VERB = re.compile(r"\s+(?:and|but)\s+(?=(?:then\s+|also\s+|later\s+)?[a-z]+\b)")
_BARE_AND = re.compile(r"\s+and\s+")
# A second predicate of the same speaker right after the join: "(and) added that", "(then) says".
_SAME_SUBJECT_CUE = re.compile(r"(?:then\s+|also\s+|later\s+)?([a-z]+)\b(?=\s+(?:that\b|[A-Za-z]))")


_LOWER_WORD = re.compile(r"[a-z]+")
OUTER_WORDS = 16  # at most, in an attribution that closes the sentence ("..., said a city official who ...")
OUTER_AFTER_WORDS = 6  # at most, after its speaker and cue, before a comma ("in a note to clients on Tuesday")
_OUTER_GOES_ON = {"who", "which", "adding", "according", "citing", "noting"}
_FINITE_WORD = re.compile(r"\b(?:" + FINITE_WORDS + r")\b")
_NO_OUTER_SPEAKERS = {"who", "which", "that"} | OBJECT_PRONOUNS
# What may follow the cue in such an attribution: when or where it was said ("said Tuesday", "said in a
# statement"), not an object ("I wrote a note about it").
_WHEN_OR_WHERE = TIME_WORDS | CIRCUMSTANCE_PREPOSITIONS | {"this", "earlier", "later", "recently"}


_PARTICIPLE_NEXT = re.compile(r",\s+\w+ing\b")  # ", adding that ...": the speaker's next words
_TELLING = {"told", "tells"}  # cues of an attribution closing the sentence, whom they tell after them
# Whom an attribution's "told" names right after it: a name or an outlet, or reporters.
_LISTENER = re.compile(r"^\s*(?:(?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s*)+|reporters\b)")


# What a poll or a study closing the sentence did: "Only a third said they would pay, the poll found."
_FINDING = {"found", "finds", "showed", "shows"}


def _outer_report(text: str, s: int, content: Span, e: int, speakers: Speakers
                  ) -> tuple[Span | None, FoundQuote] | None:
    """'The mayor warned that the ferry would stop, said a city official.' / '..., an aide said.': the
    sentence's own attribution closes it, after a comma: what the mayor warned ends at that comma, and
    the official reports the whole of it."""
    comma = text.rfind(",", content[0], content[1])
    if comma < 0 or _words(text[comma:e]) > OUTER_WORDS:
        return None
    found = _outer_after(text, s, content, e, speakers, comma)
    earlier = text.rfind(",", content[0], comma) if found is None else -1
    if earlier >= 0 and _words(text[earlier:e]) <= OUTER_WORDS:
        # ("..., the two companies said Monday, forming a lender with 30 branches.": a participle's phrase after it)
        found = _outer_after(text, s, content, e, speakers, earlier, participle_after=True)
    return found


def _outer_after(text: str, s: int, content: Span, e: int, speakers: Speakers, comma: int,
                 participle_after: bool = False) -> tuple[Span | None, FoundQuote] | None:
    """_outer_report's attribution right after the comma at comma, if it closes the sentence (or, with
    participle_after, comes before a participle's phrase that closes it)."""
    if not any(is_inverted_cue(word) or word in _TELLING or word in _FINDING
               for word in _LOWER_WORD.findall(text[comma:e].lower())):
        return None  # (no such cue after the comma: most sentences, looked at before any search)
    attribution = speakers.find_attribution(comma + 1, e)
    cue = text[attribution.cue[0] : attribution.cue[1]].lower() if attribution is not None else ""
    if not (is_inverted_cue(cue) or cue in _TELLING or cue in _FINDING):
        return None
    first_word = text[attribution.mention.start : attribution.mention.end].split()[0]
    if attribution.mention.kind == "pronoun" and first_word.lower() in _NO_OUTER_SPEAKERS \
            or first_word.islower() and first_word.endswith(("ly", "ing")):
        return None  # ("..., who said ...": a relative clause; "asked her": its object; "largely targeting ...")
    opens = min(attribution.mention.start, attribution.cue[0])
    closes = max(attribution.mention.end, attribution.cue[1])
    if opens < comma or text[comma + 1 : opens].strip():
        return None  # the attribution must follow the comma right away ...
    # ... and close the sentence: "..., an aide said on Tuesday.", "..., said an aide who ...", "..., said an
    # aide, adding ..." (not "..., Quist recalled, asked her ...": an aside, the sentence going on).
    rest, _, more = text[closes:e].rstrip(" .!?").partition(",")
    if cue in _TELLING:
        rest = _LISTENER.sub("", rest)  # "..., two people told the Fenwick Courier on Friday."
    inverted = attribution.cue[0] < attribution.mention.start
    near = _words(rest) == 0 or rest.split()[0].lower() in _OUTER_GOES_ON \
        or not inverted and _words(rest) <= OUTER_AFTER_WORDS and rest.split()[0].lower() in _WHEN_OR_WHERE
    goes_on = more.split()[0].lower() if more.strip() else ""
    # (a participle's phrase, not a gerund that is the subject of a clause: "..., she added, revoking
    # clearances would be ...")
    adjunct = participle_after and goes_on.endswith("ing") and _FINITE_WORD.search(more) is None
    if not near or goes_on and goes_on not in _OUTER_GOES_ON and not adjunct:
        return None
    inner = _trimmed(text, content[0], comma, e)
    if inner is not None and _CIRCUMSTANCE.match(text, inner[0]) and not _ANY_VERB.search(text, inner[0], inner[1]):
        inner = None  # "Lee conceded in a brief phone call, Quist said": how, not what, Lee conceded
    whole = _trimmed(text, s, comma, e)
    if whole is None:
        return None
    # (An inner report too short to be one, "have agreed on terms", is the outer report's alone.)
    return inner, FoundQuote(whole, "indirect", speakers.resolve(attribution))


def _second_clause(text: str, content: Span, end: int, speakers: Speakers,
                   first: Attribution) -> tuple[int, Span, Attribution] | None:
    """'Republicans said the bill would fail, and one aide said talks had stalled': the second
    clause's attribution and content, and where the first content ends; 'Brandt said the plan would
    work, and added that ...': the same speaker's second statement."""
    joins = [m for pattern in (_JOIN, _BARE_BUT, _AND_VERB, _BARE_AND) for m in pattern.finditer(text, content[0],
                                                                                                content[1])]
    for join in sorted(joins, key=lambda m: m.start()):
        verb = _SAME_SUBJECT_CUE.match(text, join.end()) if join.re is not _BARE_AND else None
        if verb is not None and is_cue(verb.group(1).lower(), stance=True) \
                and not (join.re is _AND_VERB and _tense(verb.group(1)) != _tense(_cue_word(text, first)) != ""):
            then = Attribution(first.mention, verb.span(1), first.name, first.person)
            second = _content_span(text, verb.start(1), end, then)
            if second is not None:
                return join.start(), second, then
        if join.re is _AND_VERB or join.re is _BARE_AND and not _and_speaker(text, content[0], join, first):
            continue  # (without a comma, "and" joins a new clause with the same speaker, ...)
        attribution = speakers.find_attribution(join.end(), end)
        if attribution is None:
            continue
        if join.re is _BARE_AND and not _and_speaker(text, content[0], join, first, attribution):
            continue
        opening = text[join.end() : attribution.mention.start]
        if attribution.mention.start < join.end() or _words(opening) > 3 or "," in opening:
            continue  # the clause must open with its speaker ("26 percent of Democrats say ...")
        if join.re is _BARE_BUT and opening.strip():
            continue  # without a comma, only a speaker right after "but" opens a clause of its own
        second = _content_span(text, join.end(), end, attribution)
        if second is not None:
            first_end = join.start()
            return first_end, second, attribution
    return None


def _and_speaker(text: str, start: int, join: re.Match[str], first: Attribution,
                 attribution: Attribution | None = None) -> bool:
    """Whether "and" without a comma opens a clause with a speaker of its own, whose cue follows at once,
    after a clause: "with Democrats saying ... and Republicans saying ...", "the plan was dead and
    Republicans said ...". Not a subject of two ("because Congress and President Obama agreed"), nor a
    second relative clause ("who ... and who claimed"). Without the attribution: whether one may (read first,
    as most "and"s join no clauses and finding an attribution costs)."""
    before = text[start : join.start()].rsplit(None, 1)[-1:]
    if before and before[0][:1].isupper():
        return False
    finite = _FINITE_WORD.search(text, start, join.start()) is not None
    gerund = _cue_word(text, first).endswith("ing")
    if attribution is None:
        return finite or gerund
    m = attribution.mention
    if m.start != join.end() or text[m.end : attribution.cue[0]].strip() or m.head in _RELATIVE_HEADS:
        return False
    return finite or gerund and _cue_word(text, attribution).endswith("ing")


_RELATIVE_HEADS = frozenset({"who", "which", "that", "whom"})


def _tense(verb: str) -> str:
    """A verb's tense by its shape: "past" (-ed, or a said form), "present" (-s), or "" when unknown.
    ("Police say he posed a threat and refused to drop the gun": "refused" is his, not the police's.)"""
    verb = verb.lower()
    return "past" if verb.endswith("ed") or verb in _PAST_CUES else "present" if verb.endswith("s") \
        or verb in ("say", "tell", "write") else ""


_PAST_CUES = {"said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw", "gave", "took"}


# "but" after what was said opens the writer's own clause ("said he was not qualified, but his findings
# contradicted her"), unless it goes on under the cue ("but that ...", "not only ... but also ..."); so
# does a semicolon ("said the dredging would end in May; the vote is set for Monday").
_CONTRAST = re.compile(r"(?:,\s*|\s+--?\s+|\s*[\u2014\u2013]\s*|\s+)but\s+(?!that\b|also\b)|;\s+"
                       # (", though Lee disputes that": a concession of the writer's, its own subject after it)
                       r"|,\s+(?:though|although|whereas)\s+(?=[A-Z]|(?:he|she|they|we|the|this|these|those|many|"
                       r"some|most)\b)")


_CONCESSION_NEXT = re.compile(r"\s*,\s+(?:though|although|whereas)\s+")  # right after the attribution


def _before_contrast(text: str, content: Span, quoted: list[Span]) -> Span:
    """What was said ends where "but" or a semicolon opens a clause of the writer's own (not one inside
    quoted words: 'the delay was "regrettable but necessary"')."""
    for m in _CONTRAST.finditer(text, content[0], content[1]):
        if _words(text[content[0] : m.start()]) >= 3 and index_containing(quoted, m.start()) is None \
                and not (m.group().rstrip().endswith("but") and _elliptical(text[m.end() : content[1]])):
            return content[0], m.start()
    return content


# "walls work well for storms but poorly for slow sea-level rise": after "but", a few words to the end with
# no verb by its shape and no subject go on with what was said (the clause's verb is the one before).
ELLIPSIS_WORDS = 8  # at most
_SUBJECTS = {"he", "she", "they", "we", "i", "you", "it", "the", "this", "these", "those", "his", "her", "their",
             "its", "who", "what", "how", "why", "here", "there", "that"}


def _elliptical(rest: str) -> bool:
    words = rest.split(None, ELLIPSIS_WORDS)
    # ("called the study careful but limited", "bold but deeply flawed": a participle alone is an adjective;
    # not "but declined to say more", the speaker's next verb)
    participle = 0 < len(words) <= 2 and _PARTICIPLE_ALONE.fullmatch(rest.strip(" .")) is not None
    return 0 < len(words) <= ELLIPSIS_WORDS and "," not in rest and (participle or not _ANY_VERB.search(rest)) \
        and re.split(r"['\u2019]", words[0].lower())[0] not in _SUBJECTS  # ("but it’s been")


_PARTICIPLE_ALONE = re.compile(r"(?:[a-z]+ly\s+)?[a-z]+ed")


# What may stand before an attribution that opens its sentence: a phrase of up to fourteen words and a
# comma ("On Wednesday, ", "If Trump is not the nominee, ", "Asked at a briefing Monday in Washington
# about Suu Kyi's future role, ") or a label and a colon ("Truth: ").
_INTRO = re.compile(r"\s*(?:[^\s,;:\u201c\u201d\"]+\s+){0,13}[^\s,;:\u201c\u201d\"]+\s*[,:]\s*")


_VERB = VERB_SHAPE
_ANY_VERB = ANY_VERB
# The verb of the sentence after a relative clause ("who declined to comment, fears that ...").
# (or a verb whose shape does not say so: "Vance, who has denied any wrongdoing, said ...", "..., told ...")
_IRREGULAR_PAST = "|".join(sorted(irregular_past()))
_MAIN_VERB_AFTER_COMMA = re.compile(rf",\s+(?:{_VERB}|(?:said|{_IRREGULAR_PAST})\b)")
_PREPOSITION_WHICH = re.compile(r"\b(?:in|during|at|after|on)\s+which\s*$")  # "an interview, in which he said"
_RELATIVES = {"who", "whom", "which", "that", "whose"}
_POST_BREAKS = {"and", "or", "but", "with", "to"}  # never inside the name of a post
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who|whom)\s+$")
# A verb right after the cue, whose subject the relative pronoun is ("which he says includes").
_VERB_FIRST = re.compile(r"\s*" + _VERB)
# "has refused to leave": a verb of stance with its infinitive (after a verb of speech, "to" names
# whom it was said to: "said to reporters").
_INFINITIVE = re.compile(r"\s*to\s+[a-z]+\b")
_FINITE_FIRST = re.compile(r"\s*(?:is|are|was|were|has|had|have)\b")
_AUXILIARY_AFTER_COMMA = re.compile(rf"\s*,\s*(?:{FINITE_WORDS})\b")
# (", says Tim Lee, a harbor engineer, is the ground itself": who he is, then the sentence goes on)
_AFTER_WHO_HE_IS = re.compile(rf"\s*,\s*(?:an?|the)\s[^,;.]{{1,80}},\s*(?:{FINITE_WORDS})\b")
_HYPOTHETICAL = {"if", "unless", "whether"}  # "even if they never show ...": nothing was said
_CLAUSE_OPENERS = (SUBORDINATORS - _HYPOTHETICAL) | {"where"}  # "in Minnesota, where he says he can win"
_MODIFIERS = re.compile(r"(?:[\w.'\u2019-]+ ){1,4}")
_POST = re.compile(r"(?:[\w.'\u2019-]+ ){5,8}")  # "Fenwick Ferry's head of growth ", before a full name
_INTRO_THEN_MODIFIERS = re.compile(_INTRO.pattern + _MODIFIERS.pattern)
_INTRO_THEN_DESCRIPTION = re.compile(_INTRO.pattern + r"(?:the|a|an) (?:(?!(?:in|of|for|at|on|by|with|from|to|and|or) )"
                                     r"[a-z]+ ){1,3}")  # (no preposition: not "the government in Beijing")


# A group named first of two that speak together: a quantity or an article, a word or two, "and".
_FIRST_GROUP = re.compile(r"(?i)\b(?:many|some|most|several|other|few|the|\d+)\s+(?:[a-z'\u2019-]+\s+){1,2}and\s+$")


# A comma, then an article, a possessive pronoun or an owner's name, and up to three more words in
# lower case, ending where a name starts: "the ferry captain ", "Quist's longtime aide ".
_DESCRIPTION_AFTER_COMMA = re.compile(
    r",\s+((?:the|an?|his|her|their|its|(?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*['\u2019]s) (?:[a-z-]+ ){1,3})$")


DESCRIPTION_REACH = 120  # characters: a comma and up to seven words before the name


def _describes_someone(description: list[str]) -> bool:
    """Whether words set before a name describe a person or an organization ("the ferry captain",
    "Quist's longtime aide", "the news network"), not a thing ("a word Trump then repeated")."""
    head = description[-1]
    return not any(w in FUNCTION_WORDS for w in description[1:]) and (
        is_anonymous_noun(head) or is_title(head) or is_organization_word(head))


# (Patterns of _content_span, compiled once: it runs for every attribution.)
_QUALIFIER_AT_END = re.compile(r"(?i)\b(?:the|a|an|around|about|nearly|almost|roughly|approximately|over|only|just|"
                               r"even|also|now)\s*$")
_FIRST_NAMED_AND = re.compile(r"(?:\b(?:[Tt]he\s+)?(?:[A-Z][\w.'\u2019-]*\s+)+and\s+)$")
_TO_OR_COLON = re.compile(r"\s*(?:to\s+\w+|:|(?:[\w.]+\s+){0,4}[\w.]+:)")
_COLON_LEAD = re.compile(r"[\s,:]*(?:(?:[\w.]+\s+){0,4}[\w.]+:\s*)?")
# "Lee said it rained.", "Quist said she disagreed.": two words, a clause of its own.
_SUBJECT_AND_VERB = re.compile(rf"\s*(?:he|she|they|it)\s+{VERB_SHAPE}\s*", re.I)
_PRONOUN_CLAUSE = re.compile(r"\s*(?:he|she|they|it|we|i)\b(?:['\u2019]\w+)?\s+[a-z]", re.I)
_TRAILING_AS = re.compile(r"(?:,|\s--?|\s?[\u2014\u2013])\s*as\s+$")  # ("..., as " before the speaker)
ACCORDING_REST = 12  # at most, the words of an opening "According to ..." phrase after its source's mention


def _content_span(text: str, s: int, e: int, attribution: Attribution) -> Span | None:
    """What was said: the sentence without its attribution clause.

    "X said (that) CONTENT", "CONTENT, X said (on Thursday).", "CONTENT, X said, CONTENT" and
    "CONTENT, according to X" / "According to X, CONTENT".
    """
    m, (cue_start, cue_end) = attribution.mention, attribution.cue
    # (not in an aside: "Tom Ek, who declined to comment, fears that ..." goes on to its own report)
    refusal = _BARE_REFUSAL.match(text, cue_end) if m.end <= cue_start and m.head != "who" else None
    if refusal is not None and text[cue_start:cue_end].lower().rsplit(None, 1)[-1] in REFUSING:
        return refusal.span(1)  # "A spokeswoman declined to comment.": two words, but what the source gave
    if m.head in ("who", "that") and m.end <= cue_start and _SAID_SO.match(text, cue_end) \
            and is_cue(_cue_word(text, attribution)):
        # "Most of those who said so named the ferry": "so" stands for what was said, told before (not
        # "If they met, neither side would say so": there it stands for the clause before)
        return None
    closing = _CLAUSE_CLOSE.search(text, cue_end, m.start) if m.start > cue_end else None
    if closing is not None:
        # "After saying (that) CONTENT, she ...": what was said ends with the clause the cue opens.
        that = _that_opens(text[cue_end : closing.start()], 8)
        return _trimmed(text, cue_end + (that.end() if that else 0), closing.start(), e)
    who_start, who_end = min(m.start, cue_start), max(m.end, cue_end)
    end = _before_end_marks(text, s, e)
    before, tail = text[s:who_start], text[who_end:end]
    according = text[cue_start:cue_end].lower().startswith(("according", "per"))  # ("per": as "according to")
    if _REPORTED_FROM.match(tail) and text[cue_start:cue_end].lower() in ("reported", "reporting") \
            and not _that_opens(tail, 8):  # (not "reported from Fenwick that ...")
        return None  # "Tim Lee reported from Fenwick, and Ada Quist from Norland.": a credit, where they were
    # What opens the speaker's phrase without being in its mention: "The World Health Organization
    # says ...", "Around a quarter of adults say ...".
    # ("Clinton and Sanders said ...", "The CDC and the WHO say ...": the first of two speakers too.)
    lead = _QUALIFIER_AT_END.sub("", before)
    lead = _FIRST_NAMED_AND.sub("", lead)
    lead = _FIRST_GROUP.sub("", lead)  # ("many experts and some lawmakers say")
    # "CONTENT, the ferry captain Tim Lee said": a short description right before the name, after
    # the comma, is the speaker's phrase too, when only a few words (or when and where) follow the cue.
    described = _DESCRIPTION_AFTER_COMMA.search(lead, max(0, len(lead) - DESCRIPTION_REACH)) \
        if m.kind == "name" and (_words(tail) <= 4 or _CIRCUMSTANCE.match(tail) or _WHEN.match(tail)) else None
    if described is not None and _describes_someone(described.group(1).split()):
        lead = lead[: described.start(1)]
    phrase_start = s + len(lead)  # where the speaker's phrase starts, its first words included
    first = lead.split(None, 1)
    if first and first[0].lower() in words("connectives"):  # "But Kessler said ..."
        lead = first[1] if len(first) > 1 else ""
    # The attribution opens the sentence, or a few words of the speaker's phrase stand before the
    # mention ("Brandt campaign chairman Ivo Kessler said ...").
    # Or it opens a subordinate clause: "... vetoed the bill because she said it was unconstitutional".
    opens = (not lead.strip(" ,") or bool(_INTRO.fullmatch(lead)) or bool(_MODIFIERS.fullmatch(lead))
             # "In a call with analysts Monday, Pfizer chief executive Ian Read said": a full name
             or m.kind == "name" and " " in m.name and bool(_INTRO_THEN_MODIFIERS.fullmatch(lead))
             # ("Its biggest backer, the venture firm Northgate Partners, said": an organization described first)
             or m.kind == "organization" and bool(_INTRO_THEN_DESCRIPTION.fullmatch(lead))
             or m.kind == "name" and " " in m.name and _is_post(lead)
             or lead.rsplit(None, 1)[-1].lower() in _CLAUSE_OPENERS or bool(_PREPOSITION_WHICH.search(lead))
             or _absolute(lead, text[cue_start:cue_end])
             or _opens_fact_clause(lead) or lead.rstrip().endswith(_CLAUSE_BREAKS)
             # "among voters who say income inequality is most important": a clause of its own, when a
             # verb of speech takes a clause (not "who showed up", "who endorsed him")
             or m.kind == "pronoun" and m.head == "who" and is_cue(_cue_word(text, attribution))
             and bool(_ANY_VERB.search(tail.split(",", 1)[0])))
    # "told" names whom before "that": "told The Valley Courier newspaper of Fenwick on Saturday that".
    reach = 14 if text[cue_start:cue_end].lower() in ("told", "tell", "tells", "telling") else 8
    # The speaker's phrase follows a comma ("CONTENT, The New York Times reported": "The" is not in the mention).
    after_comma = lead.rstrip().rstrip("\u201d\"'\u2019").endswith(",")
    that = _that_opens(tail, reach)  # "(to reporters) that" opening what was said
    # ("CONTENT, Smith said in a statement.": what follows the cue says where, not what.)
    # (whom "told" names may stand first: "CONTENT, Vance told reporters at a news conference.")
    said_how = _LISTENER.sub("", tail, count=1) if reach > 8 else tail
    circumstance = after_comma and bool(_CIRCUMSTANCE.match(said_how) or _WHEN.match(said_how))
    gap = _RELATIVE_BEFORE.search(text, s, phrase_start) if _VERB_FIRST.match(tail) else None
    trailing = _TRAILING_AS.search(before)  # "..., as some captains have speculated."
    if gap is not None and gap.end() == phrase_start:
        # "a list, which the campaign says includes 2.7 million donors, is ...": the speaker says
        # what the relative clause says, up to where the clause ends.
        clause_end = text.find(",", who_end, end)
        span = (gap.start(), clause_end if clause_end != -1 else end)
    elif after_comma and tail.lstrip().startswith(";"):
        span = (s, phrase_start)  # "CONTENT, political analysts say; in 2012, ...": the rest is the writer's
    elif according and after_comma and tail.lstrip().startswith(",") and _words(before) <= 4:
        span = (s, end)  # "Fundraising, according to the campaign, has surged ...": the source sits inside
    elif according and after_comma and not tail.lstrip().startswith(","):
        # "CONTENT, according to a poll released on Monday.": what follows the source only says which
        # ("On Wednesday, according to officials, CONTENT" goes on after a comma).
        span = (s, phrase_start)
    elif after_comma and m.start > cue_start and (_AUXILIARY_AFTER_COMMA.match(tail) or _AFTER_WHO_HE_IS.match(tail)):
        span = (s, end)  # "Still, mindfulness apps, says Ana Lima, can teach ...": the speaker sits inside
    elif after_comma and m.start > cue_start:
        span = (s, phrase_start)  # "CONTENT, says Dario Fenn, a director ...": the rest is who he is
    elif after_comma and tail.lstrip().startswith(",") and _words(before) >= 1:
        # "The bigger risk, he said, is a storm surge ...": the attribution sits inside the content,
        # unless what follows it tells how it was said (", he said, on condition of anonymity").
        # (nor when the writer's concession follows: "..., a new poll shows, though many balk at the cost";
        # one with a speaker of its own is read as a second clause: ", though Ben Carson said ...")
        concession = _CONCESSION_NEXT.match(tail) is not None and not any(map(is_cue, _LOWER_WORD.findall(tail)))
        # (after a subordinate clause the main one follows: "Though that was seamless, he said, replacing her ...")
        # (nor after a phrase with no verb: "in that speech, Brainard chimed in, breaking with Yellen to argue ...")
        participle = _PARTICIPLE_AFTER.match(tail) is not None \
            and before.split(None, 1)[0].lower() not in SUBORDINATORS and _ANY_VERB.search(before) is not None
        span = (s, phrase_start) if _SAYING_ADJUNCT.match(tail) or concession or participle else (s, end)
    elif according and not lead.strip(" ,") and (comma := tail.find(", ")) > 0 \
            and _words(tail[:comma]) <= ACCORDING_REST:
        # "According to a complaint filed by the trust and a second one by the town, CONTENT": what was
        # said follows the comma that ends the phrase of its sources.
        span = (who_end + comma + 2, end)
    elif trailing is not None and _words(before[: trailing.start()]) >= 3 and (
            (_words(tail) <= 4 or _CIRCUMSTANCE.match(tail) or _WHEN.match(tail)) and "," not in tail.rstrip(" ,.")
            or _DASH.match(tail)):
        # "Lee's loss won't end the plan, as some captains have speculated.": what was said is the
        # clause the "as" follows, the speaker's words only a comparison with it (when the sentence
        # ends there: after "..., as Lee wrote in his book, the ..." the main clause goes on).
        span = (s, s + trailing.start())
    elif opens and not that and _FINITE_FIRST.match(tail):
        # "The article Mr Zhao tweeted was penned by ...": the cue sits in a clause that describes the
        # sentence's subject, whose own verb follows; what comes after is not what was said.
        return None
    elif that or _TO_OR_COLON.match(tail) or (
            opens and (_words(tail) >= 3 or _SUBJECT_AND_VERB.fullmatch(tail)) and not circumstance):
        # What was said starts after "(to reporters) that" or "(this from the start):".
        lead = that or _COLON_LEAD.match(tail)
        if reach > 8 and not that:
            lead = _TOLD_WHOM.match(tail) or lead  # "told reporters the town was calm"
        span = (who_end + (lead.end() if lead else 0), end)
        when = (_WHEN_FIRST.match(text, span[0], end) or _WHERE_FIRST.match(text, span[0], end)) if not that else None
        if when is not None and _words(text[when.end() : end]) >= 3:
            span = (when.end(), end)  # "said Tuesday it would raise wages": when it was said, then what
        to_what = _TO_WHAT.match(tail) if not that else None
        if to_what is not None and (not _ANY_VERB.search(text, max(span[0], who_end + to_what.end()), end)
                                    or _FOR_COMMENT.match(text, who_end + to_what.end())):
            return None  # "did not respond to a request for comment (on his remarks)": to what, and nothing said
        infinitive = not is_cue(text[cue_start:cue_end].lower()) and _INFINITIVE.match(tail)
        # (whom "told" names may be followed by the same speaker's next words: "..., adding that ...")
        whom_end = text.find(",", span[0], end) if reach > 8 and not that else -1
        if whom_end < 0 or not _PARTICIPLE_NEXT.match(text, whom_end, end):
            whom_end = end
        only_whom = reach > 8 and not that and not _ANY_VERB.search(text, span[0], whom_end)
        short = _words(text[span[0] : end]) < 3 and not _SUBJECT_AND_VERB.fullmatch(text, span[0], end)
        if after_comma and not infinitive and (short or only_whom):
            # "CONTENT, a spokesman told The Wall Street Journal.", "CONTENT, Ash Carter told a Senate
            # panel Wednesday.": only whom (and when) follows
            if _in_apposition(text, before, m, cue_start) or tail.strip() == ":":
                return None  # (a colon: what was said follows it, "Asked why, Quist said: ...")
            span = (s, phrase_start)
    elif after_comma and not according and _opening_phrase(before):
        # "In January, in his last address, he conceded he had fallen short": what stands before the
        # speaker says when or where, not what was said.
        if _words(tail) < 3 or circumstance:
            return None
        span = (who_end, end)
    elif after_comma and not according and _PRONOUN_CLAUSE.match(tail) and _words(tail) >= 3:
        # "..., but on Thursday, the board announced she wasn't coming.": a short clause with its own
        # subject after the cue is what was said, not when or where.
        span = (who_end, end)
    elif after_comma and (according or _words(tail) <= 4 or circumstance):
        if not according and _in_apposition(text, before, m, cue_start):
            return None  # "The ferry's spokesman, Holly Ek, said on Monday.": who she is, not what she said
        if not according and _ASKED.match(before) and before.count(",") == 1:
            return None  # "Asked whether the ferry was safe, Quist said it was.": the question, not the answer
        span = (s, phrase_start)
    elif after_comma and m.start < cue_start and _words(tail) >= 4:
        # "Like other boat owners who see an upside ..., Mr. Quist said he was building ...":
        # a long opening phrase, then the speaker and what was said.
        span = (who_end, end)
    elif after_comma and tail.lstrip().startswith(","):
        span = (s, end)  # the attribution sits inside the content
    else:
        return None
    a, b = span
    opener = _ARTICLE_AT_END.sub("", before.strip()).lower()  # ("As the Gazette reported, ...")
    if opener == "as" or trailing is not None and not that:  # (or an "as" clause inside: "In 1990, as Lee ...")
        # "As Trump noted on Monday, the wall will be paid for by Mexico": what was said is the main
        # clause, after the comma that closes the attribution's, when only a few words of when or
        # where stand before that comma; otherwise they are what was said ("As the reader mentioned
        # wanting a new sofa, I would suggest ..."). (A comma after the cue opens the main clause
        # at once: "As the Post reported, even if ..., he would".)
        comma = _clause_comma(text, a, b) if a >= who_end and "," not in text[who_end:a] else -1
        if comma != -1 and not _says_something(text[a:comma]):
            a = comma + 2
        elif comma != -1:
            b = comma
    elif (opener in _CONCESSIVE or _absolute(opener, text[cue_start:cue_end])) and a >= who_end:
        # "Though Kaine said he opposed the bill, he voted for it": the clause the cue sits in ends
        # at its comma, before the main clause.
        comma = _clause_comma(text, a, b)
        b = comma if comma != -1 else b
    if (m.kind == "pronoun" and m.head in ("who", "which") or m.head == "whom") \
            and text[:m.start].rstrip().endswith(","):  # (or "..., many of whom said ...")
        # "One staffer, who said he left on good terms, was intimidated ...": the relative clause
        # ends where the sentence's own verb comes back.
        resumed = _MAIN_VERB_AFTER_COMMA.search(text, max(a, who_end), b)
        b = resumed.start() if resumed else b
    dashes = list(_DASH.finditer(text, max(a - 1, who_end), b))  # (from the space before: "that – X – ...")
    if len(dashes) == 1 and _words(text[a:dashes[0].start()]) >= 3:
        b = dashes[0].start()  # "... to be president -- having suggested ...": a closing aside, not what was said
    following = _next_cue(text, a, b) if b > who_end else None
    if following is not None:  # what follows the cue ends where a new attribution starts (", arguing that")
        b = following.start()
    trailing = _TRAILING_ASIDE.search(text, a, b) if a >= who_end else None
    if trailing is not None and _words(text[a : trailing.start()]) >= 3:
        b = trailing.start()  # "... (although he allowed that some might be good people)": the writer's
    first = a + len(text[a:b]) - len(text[a:b].lstrip(" ,"))
    opener = _OPENING_CONNECTIVE.match(text, first, b) if a == s and who_start > first else None
    if opener is not None and opener.group(1).lower() in words("connectives") - _SAID_AS_WELL \
            and text[opener.end() : who_start].strip(" ,"):  # (not "But, Carson added, ...")
        a = first = opener.end()  # "But a single flood, the state estimates, would ...": the writer's "But"
    if _LIST_GOES_ON.match(text, first, b) and not _VERB_GOES_ON.match(text, first, b):
        # "Apes, dogs, dolphins, crows and even insects are proving ...": the "cue" was a noun of a
        # list, and what follows it goes on with the list ("derided and insulted" goes on with a verb).
        return None
    if a >= who_end and (_TIME_ONLY.match(text, a, b) or _WHEN.match(text, a, b)) and not _ANY_VERB.search(text, a, b):
        return None  # "Lee conceded shortly before midnight.": when only, nothing said
    verb = _cue_word(text, attribution)
    if b <= who_start and is_cue(verb, stance=True) and not is_cue(verb) \
            and m.kind not in ("organization", "document") \
            and text[max(0, cue_start - 5) : cue_start].lower().endswith(("have ", "has ", "had ")):
        # "The agency approved the pill, a step parents and doctors have sought for years.": what a stance
        # verb in a perfect takes follows it; the words before are the writer's (not "..., the Post has
        # learned", an outlet's finding).
        return None
    return _trimmed(text, a, b, e)


_REPORTED_FROM = re.compile(r"\s+from\s+[A-Z]")
_OPENING_CONNECTIVE = re.compile(r"([A-Z][a-z]+),?\s+")  # "But ", "Still, "
# Connectives (lexicons/connectives.txt) the speaker says as well: when ("Now", "Later", "Then") or how it goes on.
_SAID_AS_WELL = {"now", "later", "then", "also", "instead"}


def _says_something(words: str) -> bool:
    """Whether the words after a cue hold a verb (a gerund too: "mentioned wanting a new sofa"), and so
    are what was said, not only when, where or to whom ("noted on Monday", "told the Daily News", "explained
    in our review of pie pans")."""
    if _CIRCUMSTANCE.match(words) and not _GERUND.search(words) and not _WH_WORD.search(words):
        return False  # (but "hinted at what the plans might include" says what)
    return _words(words) > 4 or bool(_ANY_VERB.search(words) or _GERUND.search(words))


_GERUND = re.compile(r"\b\w+ing\b")
_WH_WORD = re.compile(r"\b(?:what|how|why|whether|who|which)\b", re.I)


def _clause_comma(text: str, a: int, b: int) -> int:
    """The first comma between a and b that ends a clause, not one between the items of a list
    ("efficiency, security, and transparency, investments will expand": the last); -1 if none."""
    comma = text.find(", ", a, b)
    while comma != -1 and _LIST_ITEM_NEXT.match(text, comma + 2, b):
        comma = text.find(", ", comma + 2, b)
    return comma


# After a comma, the next item of a list: "and"/"or", or a few words and then ", and", ", or" or another comma.
_LIST_ITEM_NEXT = re.compile(r"(?:and|or)\b|(?:[\w'\u2019-]+ ){0,2}[\w'\u2019-]+,? (?:and|or)\b"
                             r"|(?:[\w'\u2019-]+ ){0,2}[\w'\u2019-]+, ")
_ARTICLE_AT_END = re.compile(r"(?i)\s+(?:the|an?)$")
_LIST_GOES_ON = re.compile(r"(?:and|or|nor|but)\b")
_VERB_GOES_ON = re.compile(r"(?:and|or|nor|but)\s+(?:(?:also|then|later|has|have|had|is|was|will|would)\s+)?"
                           r"(?:\w+ed\b|(?:has|have|had|will|would|is|was|did|does)\b)")


# A parenthesis closing what was said, and "(,) in an interview (with CNN on Sunday)": the writer's.
_TRAILING_ASIDE = re.compile(r"\s*\([^()\s]+\s[^()]+\)\s*$"
                             r"|,?\s+(?:in|during) (?:an?|his|her|their) (?:[\w-]+ )?(?:interview|statement|speech|"
                             r"tweet|post|op-ed|letter|email|e-mail|appearance|news conference|press conference)"
                             r"\b[^,;]*$"
                             r"|,\s+compared (?:with|to)\b[^;]*$")
_CONCESSIVE = SUBORDINATORS | {"even though", "whereas", "but while", "and while"}  # what opens a clause


def _absolute(lead: str, cue: str) -> bool:
    """'..., with Democrats saying the plan was dead': "with", its speaker and a verb in -ing open a clause."""
    return lead.rsplit(None, 1)[-1:] in (["with"], ["With"]) and cue.endswith("ing")


# The comma (and the closing quote mark) that ends a clause, right before its subject's mention.
_CLAUSE_CLOSE = re.compile(r",[\u201d\"]?\s+$|[\u201d\"],\s+$")


# A dash or a semicolon before the speaker ends one clause and opens another ("Mrs. Clinton is seen
# as more capable than Mr. Trump - 60 percent of voters said ...").
_CLAUSE_BREAKS = ("\u2014", "\u2013", " -", "--", ";")
# A dash in what was said: one alone opens a closing aside (the writer's gloss), two enclose an aside.
_DASH = re.compile(r"\s(?:--|\u2014|\u2013|-)\s|\u2014")


_PHRASE_OPENERS = PREPOSITIONS | {"as"}


APPOSITION_WORDS = 6  # at most, in a description the speaker's name stands beside


def _in_apposition(text: str, before: str, m: Mention, cue_start: int) -> bool:
    """The name stands between commas right before its cue, after a short phrase with no verb: the
    phrase says who the speaker is ("Her lawyer, Tim Lee, said"), not what was said."""
    return (m.end <= cue_start and text[m.end : cue_start].strip() == ","
            and _words(before) <= APPOSITION_WORDS and not _ANY_VERB.search(before))


def _is_post(lead: str) -> bool:
    """Five to eight words naming a post, right before a full name ("The harbor board's head of
    growth Tim Lee said"): no verb, clause or second thing among them ("Voters in the town who back
    Tim Lee said", "Upgrading to an Ek Pro or Ek Max plan unlocks")."""
    return bool(_POST.fullmatch(lead)) and not _ANY_VERB.search(lead) and not any(
        w in _CLAUSE_WORDS or w in _RELATIVES or w in _POST_BREAKS or w.endswith("ed") for w in lead.lower().split())


def _opening_phrase(lead: str) -> bool:
    """A phrase opening the sentence with a preposition or "as", no verb in it ("In a changing economy,",
    "As an immigrant,"): it says when, where or as whom, and is never what was said."""
    first = lead.split(None, 1)
    return bool(first) and first[0].lower() in _PHRASE_OPENERS and not _ANY_VERB.search(lead)


def _opens_fact_clause(lead: str) -> bool:
    """The text before the speaker ends in "remember that", "clear that" (lexicons/complement_verbs.txt):
    the speaker is the subject of a clause of fact ("... should remember that social scientists say
    personality is stable"), not of a relative clause ("the claim that officials say is false")."""
    last = lead.rsplit(None, 2)
    return len(last) >= 2 and last[-1].lower() == "that" and last[-2].lower().strip(",") in words("complement_verbs")


def _before_end_marks(text: str, a: int, b: int) -> int:
    """b, moved back over the sentence's closing punctuation and quote marks (not past a)."""
    while b > a and text[b - 1] in ".!?\u201d\" ":
        b -= 1
    return b


def _trimmed(text: str, a: int, b: int, e: int) -> Span | None:
    """What was said, text[a:b] without the punctuation around it, if it holds three words or more, or a
    pronoun and its verb ("it rained")."""
    while a < b and text[a] in " ,;:\u2014\u2013":
        a += 1
    while b > a and text[b - 1] in " ,;:\u2014\u2013":
        b -= 1
    # Quoted words at its end keep their closing mark ("... is “a great thing.”").
    if text.count("\u201c", a, b) > text.count("\u201d", a, b) or text.count('"', a, b) % 2:
        close = re.search('[\u201d"]', text[b:e])
        b = b + close.end() if close else b
    return (a, b) if _words(text[a:b]) >= 3 or _SUBJECT_AND_VERB.fullmatch(text, a, b) else None


# Quoted words in a headline: between curly quotes, double quotes, or straight single quotes that stand
# apart from the words around them (not an apostrophe: "Brandt's").
_HEADLINE_QUOTED = re.compile(r"\u2018([^\u2018\u2019\n]{3,100})\u2019|\u201c([^\u201c\u201d\n]{3,100})\u201d"
                              r"|\"([^\"\n]{3,100})\"|(?<![\w'])'([^'\n]{3,100})'(?!\w)")
_NOT_WORD = re.compile(r"\W+")
HEADLINE_CHARS = 400  # at most: a headline is a line
HEADLINE_QUOTE_WORDS = 3  # at least, for quoted words to be a statement (of two: 4 of 11 on PolNeAR named a thing)


def headline_quotations(text: str, headline_end: int, found: list[FoundQuote]) -> list[FoundQuote]:
    """Words a headline quotes without saying whose ("Dredging 'not an effective cure' for harbor silt")
    are the words of whoever the story attributes them to: the speaker of the first of its quotes, direct
    or reported, that holds them ("... is not an effective cure for the silt ..., according to a new study
    by the Coastal Institute"). Words the story gives nobody stay nobody's.
    (Who asserts the headline, then; the story's quote is the quotation, not the headline's echo of it.)"""
    if not headline_end or headline_end > HEADLINE_CHARS:
        return []  # no headline (or a first line too long to be one: each of its quotations would read the story)
    quoted = list(_HEADLINE_QUOTED.finditer(text, 0, headline_end))
    if not quoted:
        return []  # (most headlines: the story's quotes are not read at all)
    spoken = [(s, e) for q in found for s, e in [q.span] if s < headline_end]
    body = [(f" {_NOT_WORD.sub(' ', text[q.span[0] : q.span[1]].lower())} ", q)
            for q in sorted(found, key=lambda q: q.span) if q.span[0] >= headline_end and q.attribution is not None]
    quotations = []
    for m in quoted:
        if any(s < m.end() and m.start() < e for s, e in spoken):
            continue  # the headline says whose they are ("Vance says Quist 'absolutely right'")
        words = _NOT_WORD.sub(" ", next(g for g in m.groups() if g).lower()).strip()
        if len(words.split()) < HEADLINE_QUOTE_WORDS:
            continue  # a name or a term ("'harbor access' law", "Fenwick's 'Golden Week'"), not what was said
        said = next((q for holder, q in body if f" {words} " in holder), None)
        if said is not None:
            quotations.append(FoundQuote(m.span(), "partial", said.attribution))
    return quotations
