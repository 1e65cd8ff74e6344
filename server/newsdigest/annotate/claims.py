"""Claims: sentences that assert something checkable, scored, with who asserts them.

A first, transparent scorer from the sentence's own features (numbers, names, attribution, hedges,
questions, first-person opinion). The key claims are the article's top few, in reading order.
"""

from __future__ import annotations

import bisect
import math
import re

from ..models import Claim, Mention, Span
from .lexicon import words

_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                     r"billion|percent|half|dozen)s?\b", re.I)
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
_OPINION = re.compile(r"\b(?:I think|I believe|I feel|we think|should|must|ought|hope|wish|love|hate|"
                      r"great|wonderful|terrible|awful)\b", re.I)
_ASSERTIVE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|did|would|could|might|may|can)\b|\w+ed\b",
                        re.I)


def score_sentence(sentence: str, attributed: bool) -> float:
    words_in = sentence.split()
    n = len(words_in)
    if n < 5 or sentence.rstrip().endswith("?"):
        return 0.05
    x = -1.2
    x += 0.9 * bool(_NUMBER.search(sentence))
    x += 0.5 * min(len(_NAME.findall(sentence)), 3) / 3
    x += 0.6 * attributed
    x += 0.5 * bool(_ASSERTIVE.search(sentence))
    x -= 0.8 * bool(_OPINION.search(sentence))
    x += 0.3 if 10 <= n <= 45 else -0.3
    return round(1 / (1 + math.exp(-2 * x)), 3)


def hedges_in(sentence: str) -> list[str]:
    hedges = words("hedges")
    return [w for w in re.findall(r"[a-z]+", sentence.lower()) if w in hedges]


def key_count(sentence_count: int) -> int:
    """About one key claim per five sentences: at least 1 (3 when there are enough), at most 7."""
    return max(min(3, sentence_count), min(7, sentence_count // 5))


def find_claims(text: str, sentences: list[Span], speakers_by_span: list[tuple[Span, Mention | None]],
                min_score: float = 0.35) -> list[Claim]:
    claims: list[Claim] = []
    speakers_by_span = sorted(speakers_by_span, key=lambda item: item[0])
    starts = [span[0] for span, _ in speakers_by_span]
    for s, e in sentences:
        sentence = text[s:e]
        # Quotations are disjoint and sorted: those overlapping the sentence sit just before its end.
        overlapping = []
        i = bisect.bisect_left(starts, e) - 1
        while i >= 0 and speakers_by_span[i][0][1] > s:
            overlapping.append(speakers_by_span[i])
            i -= 1
        overlapping.reverse()
        claimant = next((who for _, who in overlapping if who), None)
        attributed = bool(overlapping)
        score = score_sentence(sentence, attributed)
        if score >= min_score:
            claims.append(Claim(sentence.strip(), (s, e), score, claimant))
    ranked = sorted(range(len(claims)), key=lambda i: -claims[i].score)[: key_count(len(sentences))]
    for i in ranked:
        claims[i].key = True
    return claims
