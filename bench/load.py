"""Load: concurrent clients sending clips to one real service on loopback.

Every acknowledged (2xx) clip must be stored, none twice; reports the median and p99 latency.
Run by hand: `.venv/bin/python bench/load.py [--clients 8] [--clips 50]`.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.crash import PAGE, kill, start_server  # noqa: E402
from tests.test_server import free_port  # noqa: E402


def run(clients: int, clips: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        port = free_port()
        proc = start_server(home, port)
        token = (home / "token").read_text().strip()
        latencies: list[float] = []
        acked: list[int] = []
        errors: list[str] = []
        lock = threading.Lock()

        def worker(c: int) -> None:
            for i in range(clips):
                n = c * 10_000 + i
                body = json.dumps({"url": f"https://load.test/{n}", "html": PAGE.format(n=n)}).encode()
                req = urllib.request.Request(f"http://127.0.0.1:{port}/api/clips", data=body, headers={
                    "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(req, timeout=120) as r:
                        capture_id = json.loads(r.read())["capture_id"]
                    with lock:
                        latencies.append(time.perf_counter() - started)
                        acked.append(capture_id)
                except Exception as exc:  # counted, not hidden
                    with lock:
                        errors.append(repr(exc))

        started = time.perf_counter()
        threads = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        kill(proc)
        conn = sqlite3.connect(home / "newsdigest.sqlite3")
        stored = [r[0] for r in conn.execute("SELECT id FROM captures")]
        urls = [r[0] for r in conn.execute("SELECT url FROM captures")]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        assert set(acked) <= set(stored), "an acknowledged clip is missing"
        assert len(urls) == len(set(urls)), "a clip was stored twice"
        ordered = sorted(latencies)
        return {"clients": clients, "clips": clients * clips, "acknowledged": len(acked), "errors": len(errors),
                "stored": len(stored), "articles": articles, "wall_s": round(wall, 1),
                "median_ms": round(statistics.median(ordered) * 1000, 1),
                "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--clips", type=int, default=50)
    args = ap.parse_args()
    print(run(args.clients, args.clips))


if __name__ == "__main__":
    main()
