"""How check-worthy a sentence is: a logistic regression over hashed word 1-3-grams, trained on the
ClaimBuster sentences (training/train_checkworthy.py reproduces the weights). Pure Python at run
time: features are hashed with CRC-32 into a fixed table of half-precision weights."""

from __future__ import annotations

import math
import re
import struct
import zlib
from functools import cache
from importlib import resources

BUCKETS = 2**18
WEIGHTS_FILE = "checkworthy.weights"
_TOKEN = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*|[$%]")


def features(sentence: str) -> dict[int, float]:
    """Bucket -> weight of the sentence's word 1-, 2- and 3-grams (numbers as one token), L2-normed."""
    words = ["<num>" if t[0].isdigit() else t for t in _TOKEN.findall(sentence.lower())]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    grams += [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    if "<num>" in words:
        grams.append("__has_num")
    counts: dict[int, float] = {}
    for gram in grams:
        bucket = zlib.crc32(gram.encode("utf-8")) % BUCKETS
        counts[bucket] = counts.get(bucket, 0.0) + 1.0
    norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
    return {bucket: count / norm for bucket, count in counts.items()}


@cache
def _weights() -> tuple[float, tuple[float, ...]]:
    data = resources.files("newsdigest").joinpath("annotate", WEIGHTS_FILE).read_bytes()
    bias, = struct.unpack_from("<f", data, 0)
    return bias, struct.unpack_from(f"<{BUCKETS}e", data, 4)


def checkworthiness(sentence: str) -> float:
    """Probability that a fact-checker would want this sentence checked (0..1)."""
    bias, weights = _weights()
    x = bias + sum(weights[b] * v for b, v in features(sentence).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def write_weights(path: str, bias: float, weights: list[float]) -> None:
    with open(path, "wb") as f:
        f.write(struct.pack("<f", bias))
        f.write(struct.pack(f"<{BUCKETS}e", *weights))
