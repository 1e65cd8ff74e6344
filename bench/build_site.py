"""Digest build speed and memory on a store of 10,000 annotated articles made from real news texts.

The texts are the annotated news articles of ../shared/data/polnear (read at run time), each
annotated once by our annotator, then stored under many URLs, outlets and days until the store holds
--articles articles. Each build runs as `newsdigest build` in a child process, timed from outside:
a cold build, two builds with nothing changed, and --changes builds each after one article changed
(their median is the figure to quote). Peak memory is the child's maximum resident set size.
Run by hand: `.venv/bin/python bench/build_site.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsdigest import config, store
from newsdigest.annotate import annotate
from newsdigest.annotate.text import paragraphs_of
from newsdigest.models import Article, Capture

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
OUTLETS = ["Wire Service", "Daily Record", "Evening Post", "The Ledger", "Metro News", "Capital Times",
           "Harbor Gazette", "Valley Herald"]


def real_texts() -> list[tuple[str, str]]:
    texts = []
    for name in ("polnear/train.jsonl", "polnear/dev.jsonl"):
        with open(SHARED / name, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                title, _, body = d["text"].partition("\n\n")
                texts.append((title.strip()[:200], body.strip()))
    return [(t, b) for t, b in texts if len(b) > 200]


def make_store(home: Path, count: int) -> None:
    conn = store.connect(config.database_path(home))
    annotated = []
    for title, body in real_texts():
        article = Article(url="", canonical_url="", title=title, text=body, paragraphs=paragraphs_of(body),
                          html="", extractor_version="bench")
        annotated.append((article, annotate(article)))
    for i in range(count):
        article, annotations = annotated[i % len(annotated)]
        url = f"https://news{i % len(OUTLETS)}.test/story/{i}"
        copy = Article.from_dict({**article.to_dict(), "url": url, "canonical_url": url,
                                  "site_name": OUTLETS[i % len(OUTLETS)],
                                  "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"})
        capture_id = store.add_capture(conn, Capture(url=url, html="<p>bench</p>"))
        store.save_result(conn, capture_id, copy, annotations, [])
    conn.close()
    print(f"store: {count} articles from {len(annotated)} distinct real texts")


def timed_build(home: Path, out: Path) -> tuple[float, float, str]:
    env = {**os.environ, "NEWSDIGEST_HOME": str(home)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "newsdigest.cli", "build", "--out", str(out)], env=env,
                          capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024, proc.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--changes", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home, out = Path(tmp) / "home", Path(tmp) / "site"
        make_store(home, args.articles)
        for label in ("cold build", "nothing changed", "nothing changed"):
            seconds, peak, line = timed_build(home, out)
            print(f"{label:20} {seconds:6.2f} s  peak RSS {peak:6.0f} MB  | {line}")
        times = []
        for n in range(args.changes):
            article_id = 1 + n * 997 % args.articles
            conn = store.connect(config.database_path(home))
            stored = store.get_article(conn, article_id)
            stored.article.title += " (updated)"
            store.save_result(conn, store.latest_capture_id(conn, article_id), stored.article, stored.annotations, [])
            conn.close()
            seconds, peak, line = timed_build(home, out)
            times.append(seconds)
            print(f"{'one article changed':20} {seconds:6.2f} s  peak RSS {peak:6.0f} MB  | {line}")
        print(f"one article changed: median {statistics.median(times):.2f} s of {len(times)} builds")


if __name__ == "__main__":
    main()
