"""Pathological pages, full size (a 15 MB page among them), through extract and annotate in this
process: the time each takes. The service stops any page at its processing budget (60 s by default);
this reports how far below it each case stays. Run by hand: `.venv/bin/python bench/pathological.py`.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.test_hostile_input import PATHOLOGICAL  # noqa: E402

from newsdigest.annotate import annotate_text  # noqa: E402
from newsdigest.extract import ExtractionError, extract  # noqa: E402
from newsdigest.models import Capture  # noqa: E402

CASES = {
    **PATHOLOGICAL,
    # Numbered paragraphs: the same paragraph 190,000 times would be read once (a page repeating itself).
    "15 MB article": "<article>" + "".join(
        f"<p>“This is quote {n},” said John Smith. The city spent ${n} million on it.</p>\n" for n in range(170_000))
    + "</article>",
}


def main() -> None:
    for name, page in CASES.items():
        started = time.perf_counter()
        try:
            article = extract(Capture(url="https://evil.test/x", html=page))
            extracted = time.perf_counter()
            annotations = annotate_text(article.text, article.paragraphs)
            outcome = f"{len(article.text):>10,} chars, {len(annotations.quotes):>7,} quotes"
        except ExtractionError as exc:
            extracted = time.perf_counter()
            outcome = f"refused: {exc}"
        done = time.perf_counter()
        print(f"{name:22} {len(page) / 1e6:6.1f} MB  extract {extracted - started:6.2f} s  "
              f"annotate {done - extracted:6.2f} s  {outcome}")


if __name__ == "__main__":
    main()
