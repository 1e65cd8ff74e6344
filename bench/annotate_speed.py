"""Annotation speed and memory: `annotate_text` over the PolNeAR dev articles in this process
(start-up excluded), five passes, median articles per second; peak resident memory.
Run by hand: `.venv/bin/python bench/annotate_speed.py`.
"""

from __future__ import annotations

import json
import resource
import statistics
import time
from pathlib import Path

from newsdigest.annotate import annotate_text

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "dev.jsonl"


def main() -> None:
    texts = [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    annotate_text(texts[0])  # lexicons loaded once, as in a running service
    rates = []
    for _ in range(5):
        started = time.perf_counter()
        for text in texts:
            annotate_text(text)
        rates.append(len(texts) / (time.perf_counter() - started))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(texts)} articles: median {statistics.median(rates):.0f} articles/s "
          f"(passes: {', '.join(f'{r:.0f}' for r in rates)}), peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
