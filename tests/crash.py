"""Kill the service and the digest build at random moments, and check that nothing acknowledged is
lost, nothing is half-written, and the published site is whole. Used by tests/test_crash.py with a
small count and by bench/crash.py with the full one."""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .test_server import free_port

PAGE = ("<html><head><title>Story {n} | Crash Times</title></head><body><article><h1>Story {n}</h1>"
        "<p>“We will rebuild the bridge {n},” said Mayor Lena Park on Monday.</p>"
        "<p>The city will spend ${n} million on the work, officials said.</p></article></body></html>")


def start_server(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "NEWSDIGEST_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "newsdigest.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                return proc
        except OSError:
            time.sleep(0.05)
    kill(proc)
    raise RuntimeError("the server did not start")


def kill(proc: subprocess.Popen) -> None:
    """SIGKILL the whole process group: the server and its processing children."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


@dataclass
class Acknowledged:
    clips: dict[int, str] = field(default_factory=dict)  # capture id -> sha256 of the html sent
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(port: int, token: str, start: int, stop: threading.Event, acked: Acknowledged) -> None:
    n = start
    while not stop.is_set():
        html = PAGE.format(n=n)
        body = json.dumps({"url": f"https://crash.test/{n}", "html": html}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/clips", data=body, headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                data = json.loads(r.read())
                with acked.lock:
                    acked.clips[data["capture_id"]] = hashlib.sha256(html.encode()).hexdigest()
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError):
            time.sleep(0.02)  # the server is down: try again later
        n += 1


def check_store(home: Path, acked: Acknowledged) -> dict[str, int]:
    conn = sqlite3.connect(home / "newsdigest.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {r[0]: r[1:] for r in conn.execute("SELECT id, html, status, article_id FROM captures")}
        for capture_id, digest in acked.clips.items():
            assert capture_id in rows, f"acknowledged capture {capture_id} is lost"
            html, status, article_id = rows[capture_id]
            assert hashlib.sha256(html.encode()).hexdigest() == digest, f"capture {capture_id} was altered"
            assert status == "done" and article_id, f"capture {capture_id} acknowledged but not processed"
        for (article_id, text, annotations) in conn.execute("SELECT id, text, annotations FROM articles"):
            assert text and json.loads(annotations)["annotator_version"], f"article {article_id} is half-written"
        counts = dict(conn.execute("SELECT status, count(*) FROM captures GROUP BY status").fetchall())
    finally:
        conn.close()
    return counts


def _wait_for_more(acked: Acknowledged, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with acked.lock:
            if len(acked.clips) > count:
                return
        time.sleep(0.02)


def kill_service(home: Path, rounds: int, clients: int = 4, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed)
    port = free_port()
    acked = Acknowledged()
    proc = start_server(home, port)
    token = (home / "token").read_text().strip()
    for round_number in range(rounds):
        stop = threading.Event()
        threads = [threading.Thread(target=client, args=(port, token, 100_000 * round_number + 10_000 * c, stop, acked))
                   for c in range(clients)]
        for t in threads:
            t.start()
        # A busy machine may answer the first clip of a round late: kill only once one was acknowledged,
        # so that every round tests something, then at a random moment.
        _wait_for_more(acked, len(acked.clips), timeout=60)
        time.sleep(rng.uniform(0.3, 1.5))
        kill(proc)
        stop.set()
        for t in threads:
            t.join()
        check_store(home, acked)
        proc = start_server(home, port)
    kill(proc)
    counts = check_store(home, acked)
    return {"kills": rounds, "acknowledged": len(acked.clips), **counts}


def site_state(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def kill_builds(home: Path, out: Path, rounds: int, seed: int = 2) -> dict[str, int]:
    """Kill `newsdigest build` at random moments; the site must stay the old one or become the new."""
    rng = random.Random(seed)
    env = {**os.environ, "NEWSDIGEST_HOME": str(home)}
    command = [sys.executable, "-m", "newsdigest.cli", "build", "--out", str(out)]
    subprocess.run(command, env=env, check=True, capture_output=True)
    killed = completed = 0
    for round_number in range(rounds):
        before = site_state(out)
        title = f"Digest {round_number}"  # every build changes every page
        proc = subprocess.Popen([*command, "--title", title], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.05, 1.0))
        if proc.poll() is None:
            kill(proc)
            killed += 1
        else:
            completed += 1
        after = site_state(out)
        if after != before:  # swapped in: it must be the whole new site
            manifest = json.loads(after[".newsdigest-build.json"])
            assert set(manifest["pages"]) | {".newsdigest-build.json"} == set(after), "a mix of two sites"
            assert all(title.encode() in v for k, v in after.items() if k.endswith(".html")), "a mix of two sites"
    return {"builds": rounds, "killed": killed, "completed": completed}
