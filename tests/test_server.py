"""Integration: the real `newsdigest serve` on a free loopback port, across a restart."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "NEWSDIGEST_HOME": str(home)}
    with open(home.parent / f"server-{port}.log", "ab") as log:  # a file: an unread pipe would fill and block
        proc = subprocess.Popen([sys.executable, "-m", "newsdigest.cli", "serve", "--port", str(port)], env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1) as r:
                if r.status == 200:
                    return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError((home.parent / f"server-{port}.log").read_text(errors="replace")) from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def call(port: int, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def test_clip_survives_a_restart(home: Path, seed_page: str):
    port = free_port()
    proc = start(home, port)
    try:
        token = (home / "token").read_text().strip()
        status, body = call(port, "/api/clips", token, {"url": "https://news.test/kyiv", "html": seed_page})
        assert status == 201, body
        article_id = body["article_id"]
        speakers = {q["speaker"]["name"] for q in body["annotations"]["quotes"] if q["speaker"]}
        assert "Adam Schiff" in speakers
        assert call(port, "/api/articles", "wrong")[0] == 401
    finally:
        stop(proc)
    proc = start(home, port)
    try:
        status, body = call(port, f"/api/articles/{article_id}", token)
        assert status == 200 and body["title"] == "Zelensky refuses to leave Kyiv"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/articles/{article_id}", timeout=10) as r:
            assert "Adam Schiff" in r.read().decode()
    finally:
        stop(proc)
