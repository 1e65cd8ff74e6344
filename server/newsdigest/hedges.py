"""Hedges: the words that keep a claim from being stated as a fact ("might", "reportedly", "is
believed to"), found so that the preview and the digest can show them (lexicons/hedges.txt)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lexicon import lines


@cache
def _pattern() -> re.Pattern[str]:
    phrases = sorted(lines("hedges"), key=len, reverse=True)  # "is believed to" before shorter ones
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


@cache
def _not_hedges() -> re.Pattern[str]:
    """Phrases that hold a hedge's word and hedge nothing ("likely voters", "less likely to":
    lexicons/not_hedges.txt)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in lines("not_hedges")) + r")\b", re.IGNORECASE)


def find_hedges(text: str) -> list[tuple[int, int]]:
    """Spans of the hedges in text, in any case ("Could" in a title-case headline) but "May" past
    the text's first word, which is the month, and not in a phrase that hedges nothing."""
    found = [m.span() for m in _pattern().finditer(text) if m.group() != "May" or m.start() == 0]
    if not found:
        return found
    inert = [m.span() for m in _not_hedges().finditer(text)]
    return [(s, e) for s, e in found if not any(a <= s and e <= b for a, b in inert)]


def mark_hedges(text: str, plain: Callable[[str], str], hedge: Callable[[str], str]) -> str:
    """text with `plain` applied to its ordinary stretches and `hedge` to its hedges (escaping and
    marking them for HTML or Markdown)."""
    out, cursor = [], 0
    for start, end in find_hedges(text):
        out += [plain(text[cursor:start]), hedge(text[start:end])]
        cursor = end
    return "".join([*out, plain(text[cursor:])])


def hedge_words(text: str, words: list[bytes] | None = None) -> list[str]:
    """The hedges of text, each once, in order of appearance, lowercase. Given the text's lowercase
    words (UTF-8, as check-worthiness reads them), most texts are settled without the pattern, which
    costs five times more: those with no hedge's word, and those whose hedges are single words
    other than "may" (which the pattern tells from the month)."""
    if words is not None:
        singles, phrase_words, every = _keys()
        if every.isdisjoint(words):
            return []
        if phrase_words.isdisjoint(words) and b"may" not in words and _not_hedges_words().isdisjoint(words):
            return list(dict.fromkeys(w.decode() for w in words if w in singles))
    return list(dict.fromkeys(text[s:e].lower() for s, e in find_hedges(text)))


@cache
def _keys() -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
    """The one-word hedges, the word each longer hedge turns on ("believed" in "is believed to"),
    and both together."""
    phrases = [phrase.split() for phrase in lines("hedges")]
    common = {"is", "are", "was", "were", "to"}
    singles = frozenset(p[0].encode() for p in phrases if len(p) == 1)
    turns = frozenset(next(w for w in p if w not in common).encode() for p in phrases if len(p) > 1)
    return singles, turns, singles | turns


@cache
def _not_hedges_words() -> frozenset[bytes]:
    """The hedges' words in the phrases that hedge nothing ("likely"): a text holding one is read whole."""
    hedging = _keys()[2]
    return frozenset(word.lower().encode() for phrase in lines("not_hedges") for word in phrase.split()
                     if word.lower().encode() in hedging)
