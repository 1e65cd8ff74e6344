"""Word lists the annotator reads, kept as data in newsdigest/lexicons/*.txt."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    text = resources.files("newsdigest").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """Every whitespace-separated word of the list, lowercased."""
    return frozenset(word.lower() for line in lines(name) for word in line.split())


@cache
def pairs(name: str) -> dict[str, str]:
    """Lists of 'word value' lines."""
    return dict(line.split(None, 1) for line in lines(name))


@cache
def pairs_of_sets(name: str) -> dict[str, frozenset[str]]:
    """Lists of 'word value' lines where a word may come back with other values ("spoke about", "spoke of")."""
    found: dict[str, set[str]] = {}
    for line in lines(name):
        word, value = line.split(None, 1)
        found.setdefault(word, set()).add(value)
    return {word: frozenset(values) for word, values in found.items()}


@cache
def phrases(name: str) -> re.Pattern[str]:
    """The list's lines as one pattern of whole words, any case (the longer first)."""
    alternatives = sorted(map(re.escape, lines(name)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
