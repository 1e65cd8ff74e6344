"""Extraction speed: our whole `extract` against readability-lxml's own summary(), side by side.

On each page of the WCXB dev set (../shared/data/extraction, read at run time) this process times
`Document(html).summary()` and `newsdigest.extract.extract(capture)` one after the other, in
alternating order, --rounds times, keeping each page's fastest time of each (the least disturbed
by the machine). Prints both medians over the pages and their ratio, and lxml parsing alone.
Run by hand: `.venv/bin/python bench/extract_speed.py [--limit N]`.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable

from lxml import html as lxml_html
from readability import Document

import wcxb  # bench/wcxb.py: the pages
from newsdigest.extract import extract
from newsdigest.models import Capture


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    with contextlib.suppress(Exception):  # a page either one gives up on still counts its time
        work()
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    wcxb.add_arguments(ap)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    pages = wcxb.load(args)
    ours, theirs, parse = [], [], []
    for number, page in enumerate(pages):
        html, url = page["html"], page.get("url", "")
        work = {
            "ours": lambda html=html, url=url: extract(Capture(url=url, html=html)),
            "readability": lambda html=html: Document(html).summary(),
            "parse": lambda html=html: lxml_html.document_fromstring(html),
        }
        runs: dict[str, list[float]] = {name: [] for name in work}
        for round_ in range(args.rounds):
            order = ["ours", "readability"] if (number + round_) % 2 else ["readability", "ours"]
            for name in [*order, "parse"]:
                runs[name].append(timed(work[name]))
        ours.append(min(runs["ours"]))
        theirs.append(min(runs["readability"]))
        parse.append(min(runs["parse"]))
    a, b = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(f"{len(pages)} pages, best of {args.rounds} rounds each")
    print(f"readability-lxml Document(html).summary(): median {b:6.2f} ms")
    print(f"newsdigest extract(capture):               median {a:6.2f} ms")
    print(f"lxml parsing alone:                        median {statistics.median(parse) * 1000:6.2f} ms")
    print(f"ratio ours / readability: {a / b:.2f}")


if __name__ == "__main__":
    main()
