"""Claims: sentences that assert something checkable, scored by a model of check-worthiness
(checkworthy.py), each with who asserts it: the speaker of the quotation or reported speech it sits
in, or nobody (the outlet), and its hedges (newsdigest/hedges.py). The key claims are the article's
top few, in reading order.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..hedges import hedge_words
from ..lexicon import words
from ..models import Claim, Cue, Mention, Span
from .checkworthy import scored
from .text import in_title_case
from .tokens import is_negation


def asserts(cue: Cue | None) -> bool:
    """Whether reported speech with this cue asserts what it reports: not a question ("asked us about
    ...") nor a denial ("did not say")."""
    if cue is None:
        return True
    verbs = cue.text.lower().split()
    return not (verbs and verbs[-1] in words("question_verbs")) and not any(map(is_negation, verbs))


# The check-worthiness model learned from whole sentences of four words or more (debate transcripts):
# a shorter fragment, a label ending in a colon ("Filed under:") or a sentence broken off at a dash
# ("The Senate Budget Committee --": 2 of the 54 such training sentences are labelled check-worthy)
# is out of its reach, and asserts nothing checkable on its own.
MIN_WORDS = 4
_BROKEN_OFF = (":", "--", "\u2014", "\u2013", " -")


# A reference standing as a sentence of its own, "(Quist and Lee, 2024)": whom the paragraph cites.
_CITATION = re.compile(r"\(\s*[^()]{1,120}?,?\s+(?:19|20)\d\d[a-z]?\s*\)\.?")


QUOTED_WORDS = 3  # at most, in a quotation that is a reaction ...
ATTRIBUTION_WORDS = 12  # ... with no more after it than its attribution
_QUOTED_WORD = re.compile(r"[\w'\u2019-]+")


def _short_quotation(sentence: str) -> bool:
    """A quotation of a word or three and its attribution ("“Finally,” said season-ticket holder Jo Park,
    54."): a reaction, nothing to check."""
    opened = sentence.lstrip()
    if opened[:1] not in ("\u201c", '"'):
        return False
    close = next((k for k in range(1, len(opened)) if opened[k] in ("\u201d", '"')), -1)
    return close > 0 and 1 <= len(_QUOTED_WORD.findall(opened, 1, close)) <= QUOTED_WORDS \
        and len(opened[close + 1 :].split()) <= ATTRIBUTION_WORDS


def _is_fragment(sentence: str, tokens: list[bytes]) -> bool:
    """Too short, broken off, a reference alone, a product's specifications ("Works with: ... | Display:
    ... | ..."), a table's row (its cells apart by tabs, as extraction writes them), a note on the article
    itself or a word or three quoted with their attribution: no claim, whatever its words score."""
    return len(tokens) < MIN_WORDS or sentence.rstrip().endswith(_BROKEN_OFF) \
        or sentence.startswith("(") and _CITATION.fullmatch(sentence.strip()) is not None \
        or sentence.count(" | ") >= 2 or sentence.count("\t") >= 2 \
        or _editorial_note(tokens) or _labelled(sentence) or _calls_to_act(tokens) \
        or _short_quotation(sentence)


NOTE_REACH = 6  # words after "This article" within which the note's verb comes


def _editorial_note(tokens: list[bytes]) -> bool:
    """'This article is republished from ...', 'The story was last updated ...': about the text itself."""
    if tokens[0] not in (b"this", b"the") or tokens[1].decode() not in words("document_words"):
        return False
    verbs = words("editorial_note_verbs")
    return any(w.decode() in verbs for w in tokens[2 : 2 + NOTE_REACH])


@cache
def _call_to_action(name: str) -> frozenset[bytes]:
    """A lexicon's words as the tokens scored() gives: lowercase UTF-8."""
    return frozenset(word.encode() for word in words(name))


def _calls_to_act(tokens: list[bytes]) -> bool:
    """'Get a chance to win a ₹5000 voucher by taking part ...', 'Sign up for our newsletter': it asks
    (lexicons/call_to_action_verbs.txt, call_to_action_next.txt)."""
    return tokens[0] in _call_to_action("call_to_action_verbs") and tokens[1] in _call_to_action("call_to_action_next")


LABEL_CHARS = 40  # "Editor's Note, December 19, 2025:" at most before the colon


def _labelled(sentence: str) -> bool:
    """'Editor's Note, December 19, 2025: We've added ...', 'Disclaimer: This article is ...', 'Related: ...':
    the outlet's note or signpost under a label (lexicons/labels.txt), not a claim of the story's."""
    colon = sentence.find(":", 0, LABEL_CHARS)
    label = re.findall(r"[\w';.]+", sentence[:colon].replace("\u2019", "'").split(",")[0].lower()) if colon > 0 else []
    return bool(label) and all(word in words("labels") or word in ("and", "by", "the") for word in label)


def key_count(sentence_count: int) -> int:
    """About one key claim per four sentences: at least 1 (3 when there are enough), at most 7 (a
    wire story of 28 sentences or more)."""
    return max(min(3, sentence_count), min(7, sentence_count // 4))


def find_claims(text: str, sentences: list[Span], speakers_by_span: list[tuple[Span, Mention | None]],
                min_score: float = 0.35, headline_end: int = 0) -> list[Claim]:
    claims: list[Claim] = []
    speakers_by_span = sorted(speakers_by_span, key=lambda item: item[0])
    starts = [span[0] for span, _ in speakers_by_span]
    texts = [text[s:e] for s, e in sentences]
    for (s, e), sentence, (probability, lowered) in zip(sentences, texts, scored(texts), strict=True):
        score = round(probability, 3)
        if score < min_score or _is_fragment(sentence, lowered) or s >= headline_end and in_title_case(sentence):
            continue
        claims.append(Claim(sentence.strip(), (s, e), score, _claimant(speakers_by_span, starts, s, e),
                            hedges=hedge_words(sentence, lowered)))
    # (The lede is below the headline; a first paragraph that ends as sentences do is the lede itself, in
    # a text given without its headline.)
    headline = text[:headline_end].strip().rstrip("\u201d\u2019\"'")
    lede_from = headline_end if headline and not headline.endswith((".", "!", "?")) else 0
    for i in _key_claims(text, claims, key_count(len(sentences)), lede_from):
        claims[i].key = True
    return claims


def _claimant(speakers_by_span: list[tuple[Span, Mention | None]], starts: list[int], s: int, e: int
              ) -> Mention | None:
    """The speaker of the first quotation overlapping the sentence that has one. Quotations are disjoint
    and sorted: those overlapping the sentence sit just before its end."""
    overlapping = []
    i = bisect.bisect_left(starts, e) - 1
    while i >= 0 and speakers_by_span[i][0][1] > s:
        overlapping.append(speakers_by_span[i])
        i -= 1
    return next((who for _, who in reversed(overlapping) if who), None)


LEDE_CLAIMS = 2  # a news lede is a sentence or two
LEDE_SCORE = 0.5  # check-worthy by the model's own threshold


def _key_claims(text: str, claims: list[Claim], count: int, lede_from: int = 0) -> list[int]:
    """The article's key claims: those of its lede (the paragraph of its first claim below the headline,
    the sentence or two a news story leads with: what it stands on, whatever their score among the rest),
    then the others below the headline by score, `count` in all."""
    body = [i for i, claim in enumerate(claims) if claim.span[0] >= lede_from]
    lede_end = text.find("\n", claims[body[0]].span[0]) if body else -1
    lede = [i for i in body if (lede_end == -1 or claims[i].span[1] <= lede_end)
            and claims[i].score >= LEDE_SCORE][:LEDE_CLAIMS]
    # (The headline only announces what the story below asserts: no key claim of its own.)
    rest = sorted((i for i in body if i not in lede), key=lambda i: -claims[i].score)
    return (lede + rest)[:count]
