"""Hostile pages through clip -> preview -> digest, looked at in a real headless Chromium: no script
runs and nothing loads from outside; preview pages and the digest carry a strict CSP."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from newsdigest import config, store
from newsdigest.publish import BuildOptions, build_site

from .browser import watch
from .hostile_pages import ATTACKS, page
from .test_server import free_port, start, stop


def clip(port: int, token: str, name: str) -> dict:
    body = json.dumps({"url": f"https://evil.test/{len(name)}/{name.replace(' ', '-')}", "html": page(name)})
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/clips", data=body.encode(), headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def test_hostile_pages_run_nothing_in_preview_and_digest(home: Path, tmp_path: Path, browser):
    port = free_port()
    proc = start(home, port)
    try:
        token = (home / "token").read_text().strip()
        ids = [clip(port, token, name)["article_id"] for name in ATTACKS]
        page_ = browser.new_page()
        log = watch(page_)
        for article_id in ids:
            response = page_.goto(f"http://127.0.0.1:{port}/articles/{article_id}")
            assert "default-src 'none'" in response.headers["content-security-policy"]
            page_.mouse.move(200, 200)  # hover handlers, had any survived
            page_.wait_for_timeout(50)
        page_.goto(f"http://127.0.0.1:{port}/")
        local = f"http://127.0.0.1:{port}/"
        assert all(url.startswith(local) for url in log.requests), [u for u in log.requests if not u.startswith(local)]
    finally:
        stop(proc)
    assert log.dialogs == [] and log.errors == []

    conn = store.connect(config.database_path(home))
    out = tmp_path / "site"
    build_site(conn, BuildOptions(out=out))
    conn.close()
    digest_log = watch(page_)
    for path in sorted(out.rglob("*.html")):
        page_.goto(path.as_uri())
        assert "default-src 'none'" in page_.content()
    assert digest_log.dialogs == [] and digest_log.errors == []
    assert all(url.startswith("file://") for url in digest_log.requests), digest_log.requests
