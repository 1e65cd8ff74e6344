"""Fuzz extract and annotate with the tests' hostile-input strategies, at full count.

Each case must end without an exception other than ExtractionError, and within the time budget.
Reports cases run, failures, and the median, p99 and maximum time per case.
Run by hand: `.venv/bin/python bench/fuzz.py [--cases 10000] [--budget 5]`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.strategies import html_pages, text_pieces  # noqa: E402
from tests.test_hostile_input import check_annotations, check_article  # noqa: E402

from newsdigest.annotate import annotate_text  # noqa: E402
from newsdigest.extract import ExtractionError, extract  # noqa: E402
from newsdigest.models import Capture  # noqa: E402


def run(name: str, cases: int, budget: float, body) -> None:
    times: list[float] = []
    slow: list[float] = []

    @settings(max_examples=cases, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def case(value):
        started = time.perf_counter()
        body(value)
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        if elapsed > budget:
            slow.append(elapsed)

    strategy = html_pages() if name == "extract+annotate" else text_pieces
    given(strategy)(case)()
    print(f"{name:18} {len(times):6} cases, 0 crashes, {len(slow)} over {budget:g} s; per case median "
          f"{statistics.median(times) * 1000:.2f} ms, p99 {sorted(times)[int(0.99 * (len(times) - 1))] * 1000:.2f} ms, "
          f"max {max(times) * 1000:.1f} ms")


def extract_and_annotate(page: str) -> None:
    try:
        article = extract(Capture(url="https://fuzz.test/a", html=page))
    except ExtractionError:
        return
    check_article(article)
    check_annotations(article.text, annotate_text(article.text, article.paragraphs))


def annotate_only(text: str) -> None:
    check_annotations(text, annotate_text(text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--budget", type=float, default=5.0, help="seconds a single case may take")
    args = ap.parse_args()
    run("extract+annotate", args.cases, args.budget, extract_and_annotate)
    run("annotate", args.cases, args.budget, annotate_only)


if __name__ == "__main__":
    main()
