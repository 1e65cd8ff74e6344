"""How check-worthy a sentence is: a logistic regression over hashed words and word pairs, trained on the
ClaimBuster sentences (training/train_checkworthy.py reproduces the weights). Pure Python at run
time: features are hashed with CRC-32 into a fixed table of half-precision weights."""

from __future__ import annotations

import math
import operator
import re
import struct
import zlib
from collections import Counter
from functools import cache
from importlib import resources

BUCKETS = 2**18
WEIGHTS_FILE = "checkworthy.weights"
_TOKEN = re.compile(r"[a-z]+|#|[$%]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # every number is one token, "#"


def features(sentence: str) -> dict[int, float]:
    """Bucket -> weight of the sentence's words and word pairs (numbers as one token), L2-normed,
    and of its shape."""
    counts = _hash_counts(sentence)
    norm = _norm(counts)
    buckets: dict[int, float] = {}
    for h, c in counts.items():
        buckets[h % BUCKETS] = buckets.get(h % BUCKETS, 0.0) + c / norm
    for bucket in _shape(sentence):
        buckets[bucket] = buckets.get(bucket, 0.0) + SHAPE_WEIGHT
    return buckets


SHAPE_WEIGHT = 0.3  # chosen by held-out F1 on the training set (0.15 and 0.6 did worse)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CAPITALIZED = re.compile(r"(?<=\s)[A-Z]")  # words after the first that start with a capital


def _shape_bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % BUCKETS


_LENGTH = tuple(_shape_bucket(f"__len{n}") for n in range(11))
_CAPITALS = tuple(_shape_bucket(f"__caps{n}") for n in range(6))
_QUESTION = _shape_bucket("__question")
_HAS_YEAR = _shape_bucket("__year")


def _shape(sentence: str) -> list[int]:
    """Buckets for the sentence's shape: its length, how many capitalized words follow the first
    (names), whether it asks a question or names a year."""
    shape = [_LENGTH[min(len(sentence.split()) // 4, 10)], _CAPITALS[min(len(_CAPITALIZED.findall(sentence)), 5)]]
    if sentence.rstrip().endswith("?"):
        shape.append(_QUESTION)
    if _YEAR.search(sentence):
        shape.append(_HAS_YEAR)
    return shape


def _hash_counts(sentence: str) -> Counter[int]:
    """CRC-32 of each word and word pair, counted; map() keeps the loop in C (the hot path)."""
    words = _TOKEN.findall(_NUMBER.sub("#", sentence.lower()))
    grams = words + list(map(" ".join, zip(words, words[1:], strict=False)))
    if "#" in words:
        grams.append("__has_num")
    return Counter(map(zlib.crc32, map(str.encode, grams)))


def _norm(counts: Counter[int]) -> float:
    return math.hypot(*counts.values()) or 1.0


@cache
def _weights() -> tuple[float, tuple[float, ...]]:
    data = resources.files("newsdigest").joinpath("annotate", WEIGHTS_FILE).read_bytes()
    bias, = struct.unpack_from("<f", data, 0)
    return bias, struct.unpack_from(f"<{BUCKETS}e", data, 4)


def checkworthiness(sentence: str) -> float:
    """Probability that a fact-checker would want this sentence checked (0..1)."""
    bias, weights = _weights()
    counts = _hash_counts(sentence)  # features() without building the normed dict, in C: the hot path
    buckets = map((BUCKETS - 1).__and__, counts.keys())  # BUCKETS is a power of two: h & (B-1) == h % B
    x = bias + sum(map(operator.mul, map(weights.__getitem__, buckets), counts.values())) / _norm(counts)
    x += SHAPE_WEIGHT * sum(map(weights.__getitem__, _shape(sentence)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def write_weights(path: str, bias: float, weights: list[float]) -> None:
    with open(path, "wb") as f:
        f.write(struct.pack("<f", bias))
        f.write(struct.pack(f"<{BUCKETS}e", *weights))
