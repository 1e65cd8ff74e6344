"""How check-worthy a sentence is: a logistic regression over words and word pairs, trained on the
ClaimBuster sentences (training/train_checkworthy.py reproduces the weights). Pure Python at run
time: the weights file holds each gram seen often enough in training with its weight (half
precision); a gram never seen weighs nothing. Words and pairs of words (as tuples, which zip makes
without copying a byte) are looked up in one dict: about a third of the work of hashing each gram
into a fixed table, and no two grams share a weight."""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Iterable
from functools import cache
from importlib import resources
from itertools import repeat

WEIGHTS_FILE = "checkworthy.weights"
# Words, $ and %, read from the sentence's UTF-8 bytes; a number matches outside the group, so
# findall gives b"" for it: every number is one token.
_TOKEN = re.compile(rb"([a-z]+|[$%])|[0-9]+(?:[.,][0-9]+)*")
HAS_NUMBER = b"__has_num"
SHAPE_WEIGHT = 0.3  # chosen by held-out F1 on the training set (0.15 and 0.6 did worse)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CAPITALIZED = re.compile(r" [A-Z]")  # words after the first that start with a capital
_LENGTH = tuple(b"__len%d" % n for n in range(11))
_CAPITALS = tuple(b"__caps%d" % n for n in range(6))
_QUESTION = b"__question"
_HAS_YEAR = b"__year"
SHAPES = (*_LENGTH, *_CAPITALS, _QUESTION, _HAS_YEAR)


def _grams(sentence: str) -> tuple[list[bytes], list[bytes]]:
    """The sentence's words and its words plus word pairs (and a marker when it holds a number)."""
    words = _TOKEN.findall(sentence.lower().encode("utf-8", "surrogatepass"))
    grams = words + list(map(b" ".join, zip(words, words[1:], strict=False)))
    if b"" in words:
        grams.append(HAS_NUMBER)
    return words, grams


def _shape(sentence: str, words: list[bytes]) -> list[bytes]:
    """The sentence's shape: its length, how many capitalized words follow the first (names),
    whether it asks a question or names a year."""
    shape = [_LENGTH[min(len(words) // 4, 10)], _CAPITALS[min(len(_CAPITALIZED.findall(sentence)), 5)]]
    if sentence.rstrip().endswith("?"):
        shape.append(_QUESTION)
    if b"" in words and _YEAR.search(sentence):  # a year is a number: most sentences have none
        shape.append(_HAS_YEAR)
    return shape


def features(sentence: str) -> dict[bytes, float]:
    """Gram -> value: each word and pair counts 1/sqrt(number of grams), each shape SHAPE_WEIGHT.
    What scored() computes, as a dict for training."""
    words, grams = _grams(sentence)
    share = 1.0 / math.sqrt(len(grams) or 1)
    values: dict[bytes, float] = {}
    for gram in grams:
        values[gram] = values.get(gram, 0.0) + share
    for shape in _shape(sentence, words):
        values[shape] = SHAPE_WEIGHT
    return values


@cache
def _weights() -> tuple[float, dict[bytes | tuple[bytes, ...], float]]:
    """The bias, and each gram's weight: a word (or shape) by its bytes, a pair of words as a tuple."""
    data = resources.files("newsdigest").joinpath("annotate", WEIGHTS_FILE).read_bytes()
    bias, count = struct.unpack_from("<fI", data, 0)
    weights = struct.unpack_from(f"<{count}e", data, 8)
    grams = data[8 + 2 * count:].split(b"\n")
    return bias, dict(zip(map(weight_key, grams), weights, strict=True))


def weight_key(gram: bytes) -> bytes | tuple[bytes, ...]:
    """A gram as _weights() keys it. A word holds no space, so a gram with one is a pair of words
    (a number is b"": b" million" is (b"", b"million"))."""
    return tuple(gram.split(b" ")) if b" " in gram else gram


def checkworthiness(sentence: str) -> float:
    """Probability that a fact-checker would want this sentence checked (0..1)."""
    return scored(sentence)[0]


def scored(sentence: str) -> tuple[float, list[bytes]]:
    """checkworthiness() and the sentence's lowercase words (UTF-8), for whoever reads them next."""
    bias, weights = _weights()
    words = _TOKEN.findall(sentence.lower().encode("utf-8", "surrogatepass"))
    pairs = zip(words, words[1:], strict=False)
    x = sum(map(weights.get, words, repeat(0.0))) + sum(map(weights.get, pairs, repeat(0.0)))
    grams = 2 * len(words) - 1 if words else 0  # what _grams() counts: the words and their pairs
    if b"" in words:
        x += weights.get(HAS_NUMBER, 0.0)
        grams += 1
    x = bias + x / math.sqrt(grams or 1)
    x += SHAPE_WEIGHT * sum(map(weights.get, _shape(sentence, words), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x)))), words


def write_weights(path: str, bias: float, weights: Iterable[tuple[bytes, float]]) -> None:
    """The file _weights() reads: bias, count, the weights in half precision, then the grams, one
    a line (a gram holds no newline: it is lowercase letters, $, %, spaces or empty)."""
    grams, values = zip(*weights, strict=True)
    with open(path, "wb") as f:
        f.write(struct.pack("<fI", bias, len(grams)))
        f.write(struct.pack(f"<{len(values)}e", *values))
        f.write(b"\n".join(grams))
