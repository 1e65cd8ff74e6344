"""How check-worthy a sentence is: a logistic regression over hashed words, word pairs and every four
bytes within a word, trained on the ClaimBuster sentences (training/train_checkworthy.py reproduces the
weights). Words and pairs are hashed with CRC-32, the four bytes by multiplication, each into a fixed
table of weights (stored in half precision); an article's sentences are scored together, their weights
looked up and summed by numpy in one pass instead of one gram at a time."""

from __future__ import annotations

import math
import re
import struct
import zlib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from itertools import repeat

import numpy as np

from ..lexicon import words as lexicon_words

WORD_BUCKETS = 2**18
_MASK = WORD_BUCKETS - 1  # a power of two: h & _MASK == h % WORD_BUCKETS
CHAR_BITS = 18
BUCKETS = WORD_BUCKETS + 2**CHAR_BITS  # the words' table, then the character grams'
WEIGHTS_FILE = "checkworthy.weights"
# Words, $ and %, read from the sentence's UTF-8 bytes (so each gram is hashed as it comes); a number
# matches outside the group, so findall gives b"" for it: every number is one token.
_TOKEN = re.compile(rb"([a-z]+|[$%])|[0-9]+(?:[.,][0-9]+)*")
HAS_NUMBER = b"__has_num"
_HAS_NUMBER = zlib.crc32(HAS_NUMBER)


def _grams(text: bytes) -> tuple[list[bytes], list[bytes]]:
    """The words of a sentence (lowercase, in UTF-8), and its words plus word pairs (and a marker when it
    holds a number, in figures or in words)."""
    words = _TOKEN.findall(text)
    grams = words + list(map(b" ".join, zip(words, words[1:], strict=False)))
    if _has_number(words):
        grams.append(HAS_NUMBER)
    return words, grams


@cache
def _quantity_words() -> frozenset[bytes]:
    return frozenset(word.encode("utf-8") for word in lexicon_words("quantity_words"))


def _has_number(words: list[bytes]) -> bool:
    """A number in figures (findall gives b"" for it) or in words ("seventy votes")."""
    return b"" in words or not _quantity_words().isdisjoint(words)


def _buckets(grams: list[bytes]) -> Iterator[int]:
    """CRC-32 of each gram, folded into the table; map() keeps the loop in C (the hot path)."""
    return map(_MASK.__and__, map(zlib.crc32, grams))


def features(sentence: str) -> dict[int, float]:
    """Bucket -> weight: each word and pair counts 1/sqrt(number of grams), and the shape
    SHAPE_WEIGHT. What checkworthiness() computes, as a dict for training."""
    text = _lowercase_bytes(sentence)
    words, grams = _grams(text)
    share = 1.0 / math.sqrt(len(grams) or 1)
    buckets: dict[int, float] = {}
    for bucket in _buckets(grams):
        buckets[bucket] = buckets.get(bucket, 0.0) + share
    for bucket in _shape(sentence, words):
        buckets[bucket] = buckets.get(bucket, 0.0) + SHAPE_WEIGHT
    char_buckets, _, counts = _char_grams([text])
    for bucket in char_buckets.tolist():
        buckets[bucket] = buckets.get(bucket, 0.0) + CHAR_WEIGHT / math.sqrt(counts[0])
    return buckets


CHAR_WEIGHT = 0.7  # chosen by held-out F1 on the training set (0.5 and 1.0 did worse)
_GOLDEN = np.uint32(0x9E3779B1)  # Fibonacci hashing: the top bits of v * golden ratio spread well
_WHITE = np.zeros(256, dtype=bool)  # the bytes of ASCII white space
_WHITE[[9, 10, 11, 12, 13, 32]] = True


def _lowercase_bytes(sentence: str) -> bytes:
    return sentence.lower().encode("utf-8", "surrogatepass")


def _char_grams(texts: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every four bytes within a word of the sentences (lowercased, in UTF-8) with the white space each
    side of it (' $750 ' gives ' $75', '$750', '750 '), hashed into the character table; which sentence
    each is from; and how many each sentence has. Spelling inside words (numbers with their units, stems,
    suffixes) that whole words miss, read by numpy over all the sentences at once."""
    lengths = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
    starts = np.cumsum(lengths + 1) - lengths  # where each sentence begins in the joined bytes
    # Spaces after, so that even no sentence leaves a window: those over white space count for nothing.
    joined = np.frombuffer(b" " + b" ".join(texts) + b"    ", dtype=np.uint8).copy()
    white = _WHITE[joined]
    joined[white] = 32  # a tab or a line break before a word reads as a space
    # Each window of four bytes as one number; one with white space in its middle two bytes runs across
    # two words (or two sentences).
    windows = np.ndarray((len(joined) - 3,), dtype="<u4", buffer=joined.data, strides=(1,))
    inside = np.flatnonzero(~(white[1:-2] | white[2:-1]))
    buckets = WORD_BUCKETS + ((windows[inside] * _GOLDEN) >> np.uint32(32 - CHAR_BITS)).astype(np.intp)
    owners = np.searchsorted(starts, inside + 1, side="right") - 1
    return buckets, owners, np.bincount(owners, minlength=len(texts))


SHAPE_WEIGHT = 0.3  # chosen by held-out F1 on the training set (0.15 and 0.6 did worse)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CAPITALIZED = re.compile(r" [A-Z]")  # words after the first that start with a capital


def _shape_bucket(name: str) -> int:
    return zlib.crc32(name.encode("utf-8")) % WORD_BUCKETS


_LENGTH = tuple(_shape_bucket(f"__len{n}") for n in range(11))
_CAPITALS = tuple(_shape_bucket(f"__caps{n}") for n in range(6))
_QUESTION = _shape_bucket("__question")
_HAS_YEAR = _shape_bucket("__year")


def _shape(sentence: str, words: list[bytes]) -> list[int]:
    """Buckets for the sentence's shape: its length, how many capitalized words follow the first
    (names), whether it asks a question or names a year."""
    shape = [_LENGTH[min(len(words) // 4, 10)], _CAPITALS[min(len(_CAPITALIZED.findall(sentence)), 5)]]
    if sentence.rstrip().endswith("?"):
        shape.append(_QUESTION)
    if b"" in words and _YEAR.search(sentence):  # a year is a number: most sentences have none
        shape.append(_HAS_YEAR)
    return shape


@cache
def _weights() -> tuple[float, np.ndarray]:
    data = resources.files("newsdigest").joinpath("annotate", WEIGHTS_FILE).read_bytes()
    bias, = struct.unpack_from("<f", data, 0)
    # Kept in half precision as stored (1 MB, the weights exactly): the other stages of the pipeline
    # push less of it out of the processor's cache between articles than of a single-precision copy.
    return bias, np.frombuffer(data, dtype="<f2", count=BUCKETS, offset=4).copy()


def checkworthiness(sentence: str) -> float:
    """Probability that a fact-checker would want this sentence checked (0..1)."""
    return scored([sentence])[0][0]


def scored(sentences: list[str]) -> list[tuple[float, list[bytes]]]:
    """checkworthiness() of each sentence, with its lowercase words (UTF-8) for whoever reads them next.
    The same sums as features() gives, computed for all the sentences at once."""
    bias, weights = _weights()
    every_words, flat, shapes, shape_counts, numbered = [], [], [], [], []
    texts = list(map(_lowercase_bytes, sentences))
    for i, (sentence, text) in enumerate(zip(sentences, texts, strict=True)):
        words = _TOKEN.findall(text)
        every_words.append(words)
        flat += words
        shape = _shape(sentence, words)
        shapes += shape
        shape_counts.append(len(shape))
        if _has_number(words):
            numbered.append(i)
    singles = list(map(zlib.crc32, flat))
    # CRC-32 runs on: the hash of b"a b" continues the hash of b"a", so no pair is joined into bytes.
    pairs = list(map(zlib.crc32, flat[1:], map(zlib.crc32, repeat(b" "), singles)))
    counts = np.fromiter(map(len, every_words), dtype=np.intp, count=len(sentences))
    owner = np.repeat(np.arange(len(sentences)), counts)  # the sentence of each word
    within = owner[1:] == owner[:-1]  # pairs that do not straddle two sentences
    buckets = np.concatenate((np.array(singles, dtype=np.uint32), np.array(pairs, dtype=np.uint32)[within],
                              np.full(len(numbered), _HAS_NUMBER, dtype=np.uint32))) & np.uint32(_MASK)
    owners = np.concatenate((owner, owner[1:][within], np.array(numbered, dtype=np.intp)))
    gram_counts = np.maximum(2 * counts - 1, 0)
    gram_counts[numbered] += 1
    # bincount adds each sentence's weights in order, in double precision, as a Python loop would.
    gram_sums = np.bincount(owners, weights=weights[buckets], minlength=len(sentences))
    shape_owners = np.repeat(np.arange(len(sentences)), shape_counts)
    shape_sums = np.bincount(shape_owners, weights=weights[np.array(shapes, dtype=np.intp)], minlength=len(sentences))
    char_buckets, char_owners, char_counts = _char_grams(texts)
    char_sums = np.bincount(char_owners, weights=weights[char_buckets], minlength=len(sentences))
    x = (bias + gram_sums / np.sqrt(np.maximum(gram_counts, 1)) + SHAPE_WEIGHT * shape_sums
         + CHAR_WEIGHT * char_sums / np.sqrt(np.maximum(char_counts, 1)))
    probabilities = 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))
    return list(zip(probabilities.tolist(), every_words, strict=True))


def write_weights(path: str, bias: float, weights: list[float]) -> None:
    with open(path, "wb") as f:
        f.write(struct.pack("<f", bias))
        f.write(struct.pack(f"<{BUCKETS}e", *weights))
