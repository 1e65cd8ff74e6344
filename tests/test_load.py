"""Concurrent clients against one real service: every acknowledged clip stored once (bench/load.py
runs 8 x 50 and reports the latencies)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.load import run  # noqa: E402


def test_concurrent_clips_are_all_stored_once():
    result = run(clients=4, clips=8)
    assert result["errors"] == 0
    assert result["acknowledged"] == result["stored"] == result["articles"] == 32
