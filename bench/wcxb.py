"""The WCXB dev pages with ground truth (../shared/data/extraction, read at run time), as the
extraction benchmarks take them: --pages to read another file, --limit to take the first N."""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction" / "wcxb-dev-articles.jsonl.gz"


def add_arguments(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--limit", type=int, default=0)


def load(args: argparse.Namespace) -> list[dict[str, Any]]:
    with gzip.open(args.pages, "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    return pages[: args.limit] if args.limit else pages
