"""A full disk and a read-only data folder: a clear error to the client and in the log, no
corruption. The data folder is a small tmpfs mounted for the test (root only; skipped elsewhere)."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import subprocess
from pathlib import Path

import pytest

from newsdigest.web import create_app

from .conftest import TOKEN, page_from_text


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def app_on(home: Path):
    app = create_app({"DATA_DIR": str(home), "API_TOKEN": TOKEN, "TESTING": True, "MAX_CLIP_BYTES": 2_000_000})
    return app, app.test_client(), {"Authorization": f"Bearer {TOKEN}"}


def integrity(home: Path) -> str:
    conn = sqlite3.connect(home / "newsdigest.sqlite3")
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_full_disk_is_a_clear_error_and_corrupts_nothing(tmp_path: Path, caplog):
    with tmpfs(tmp_path / "small", "1536k") as home:
        app, client, auth = app_on(home)
        first = client.post("/api/clips", json={"url": "https://n.test/0", "html": page_from_text("A short story, "
                            "the mayor said on Monday.", "Zero")}, headers=auth)
        assert first.status_code == 201
        statuses = []
        with caplog.at_level(logging.ERROR):
            for n in range(1, 12):
                page = page_from_text(f"Story {n}: " + "words of the story " * 20_000, f"Story {n}")
                statuses.append(client.post("/api/clips", json={"url": f"https://n.test/{n}", "html": page},
                                            headers=auth))
        full = [r for r in statuses if r.status_code == 507]
        assert full, [r.status_code for r in statuses]
        assert "full" in full[0].json["error"] and "Traceback" not in full[0].get_data(as_text=True)
        assert any("storage error" in rec.message for rec in caplog.records)
        assert all(r.status_code in (201, 422, 507) for r in statuses)
        assert integrity(home) == "ok"
        # What was stored before is still there and readable.
        r = client.get(f"/api/articles/{first.json['article_id']}", headers=auth)
        assert r.status_code == 200 and "the mayor said" in r.json["text"]


def test_read_only_data_folder_is_a_clear_error(tmp_path: Path):
    with tmpfs(tmp_path / "ro", "8m") as home:
        app, client, auth = app_on(home)
        stored = client.post("/api/clips", json={"url": "https://n.test/a", "html": page_from_text(
            "The council met, officials said.", "Council")}, headers=auth)
        assert stored.status_code == 201
        assert subprocess.run(["mount", "-o", "remount,ro", str(home)], capture_output=True).returncode == 0
        r = client.post("/api/clips", json={"url": "https://n.test/b", "html": page_from_text(
            "Another story, the mayor said.", "Other")}, headers=auth)
        assert r.status_code == 503 and "read-only" in r.json["error"]
        assert client.get(f"/api/articles/{stored.json['article_id']}", headers=auth).status_code == 200
        subprocess.run(["mount", "-o", "remount,rw", str(home)], capture_output=True)
        assert integrity(home) == "ok"
