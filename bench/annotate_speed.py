"""Annotation speed and memory: `annotate_text` over the PolNeAR dev articles in this process
(start-up excluded), median articles per second over --passes passes; peak resident memory; and
the share of the time the claims take, from passes without them interleaved with the full ones and
timed around find_claims inside the full passes.
Run by hand: `.venv/bin/python bench/annotate_speed.py`.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import newsdigest.annotate as annotate_module
from newsdigest.annotate import annotate_text
from newsdigest.annotate.people import similar

T = TypeVar("T")
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def seconds_per_pass(texts: list[str]) -> float:
    similar.cache_clear()  # each pass starts without the names the last one compared
    started = time.perf_counter()
    for text in texts:
        annotate_text(text)
    return time.perf_counter() - started


def timing_claims(work: Callable[[], float]) -> tuple[float, float]:
    """A pass's seconds, and the seconds of it spent in find_claims: a share read inside one pass, which
    the machine's drift between passes does not move."""
    real, spent = annotate_module.find_claims, [0.0]

    def timed(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    annotate_module.find_claims = timed
    try:
        return work(), spent[0]
    finally:
        annotate_module.find_claims = real


def without_claims(work: Callable[[], T]) -> T:
    real = annotate_module.find_claims
    annotate_module.find_claims = lambda *args, **kwargs: []
    try:
        return work()
    finally:
        annotate_module.find_claims = real


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=15)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    annotate_text(texts[0])  # lexicons and weights loaded once, as in a running service
    full, bare, inside = [], [], []
    for _ in range(args.passes):
        seconds, in_claims = timing_claims(lambda: seconds_per_pass(texts))
        full.append(seconds)
        inside.append(in_claims / (seconds - in_claims))
        bare.append(without_claims(lambda: seconds_per_pass(texts)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rates = [len(texts) / s for s in full]
    share = statistics.median(full) / statistics.median(bare) - 1
    # Each full pass against the bare one right after it: the machine's drift cancels out.
    paired = statistics.median(f / b - 1 for f, b in zip(full, bare, strict=True))
    print(f"{len(texts)} articles: median {statistics.median(rates):.0f} articles/s "
          f"(passes: {', '.join(f'{r:.0f}' for r in rates)}), peak RSS {peak:.0f} MB")
    print(f"without claims: median {len(texts) / statistics.median(bare):.0f} articles/s; "
          f"claims add {share:.1%} to the time (median of paired passes: {paired:.1%}; "
          f"timed inside the full passes: {statistics.median(inside):.1%})")


if __name__ == "__main__":
    main()
