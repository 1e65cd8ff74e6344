"""Clip round trip through the real HTTP server, side by side with readability-lxml alone.

Starts `newsdigest serve` on a free loopback port with a throwaway data folder, posts each page of
the WCXB dev set (../shared/data/extraction) as the extension would, and times every request. On
the same pages, in this process, it times readability-lxml's Document(html).summary() alone.
Prints medians and p90s, and their ratio. Run by hand: `make bench` or
`.venv/bin/python bench/clip_roundtrip.py [--limit N]`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from readability import Document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_server import free_port, start, stop  # noqa: E402  (one way to start the server)

import wcxb  # noqa: E402  (bench/wcxb.py: the pages)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    wcxb.add_arguments(ap)
    args = ap.parse_args()
    pages = wcxb.load(args)

    readability_ms = []
    for page in pages:
        t = time.perf_counter()
        with contextlib.suppress(Exception):  # a page it cannot read still counts its time
            Document(page["html"]).summary()
        readability_ms.append((time.perf_counter() - t) * 1000)

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        port = free_port()
        proc = start(home, port)
        token = (home / "token").read_text().strip()
        clip_ms, statuses = [], {}
        try:
            for i, page in enumerate(pages):
                body = json.dumps({"url": page.get("url") or f"https://bench.test/{i}", "html": page["html"]}).encode()
                req = urllib.request.Request(f"http://127.0.0.1:{port}/api/clips", data=body, headers={
                    "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                t = time.perf_counter()
                try:
                    with urllib.request.urlopen(req, timeout=120) as r:
                        r.read()
                        status = r.status
                except urllib.error.HTTPError as e:
                    e.read()
                    status = e.code
                clip_ms.append((time.perf_counter() - t) * 1000)
                statuses[status] = statuses.get(status, 0) + 1
        finally:
            stop(proc)

    def line(name: str, values: list[float]) -> str:
        return f"{name:34} median {statistics.median(values):7.1f} ms   p90 {percentile(values, 0.9):7.1f} ms"

    print(f"{len(pages)} pages; clip statuses {dict(sorted(statuses.items()))}")
    print(line("clip round trip (HTTP, full pipeline)", clip_ms))
    print(line("readability-lxml summary() alone", readability_ms))
    print(f"ratio of medians: {statistics.median(clip_ms) / statistics.median(readability_ms):.2f}x")


if __name__ == "__main__":
    main()
