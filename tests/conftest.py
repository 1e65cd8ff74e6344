"""Fixtures in the manner of Flask's tutorial: a fresh app and database for every test."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from newsdigest.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_3c04b2fb0df49db9.txt"
TOKEN = "test-token-0123456789"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches ./data."""
    folder = tmp_path / "home"
    monkeypatch.setenv("NEWSDIGEST_HOME", str(folder))
    return folder


@pytest.fixture
def app(home: Path):
    return create_app({"DATA_DIR": str(home), "API_TOKEN": TOKEN, "TESTING": True,
                       "MAX_CLIP_BYTES": 2_000_000})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    return SEED.read_text(encoding="utf-8")


def page_from_text(text: str, title: str = "Test article", boilerplate: int = 0, extra_head: str = "") -> str:
    """A news page around a text: paragraphs in <article>, the last `boilerplate` ones in a footer."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body, footer = (paras[:-boilerplate], paras[-boilerplate:]) if boilerplate else (paras, [])
    p = "".join(f"<p>{html.escape(x)}</p>\n" for x in body)
    f = "".join(f"<p>{html.escape(x)}</p>" for x in footer)
    return (f"<!doctype html><html lang='en'><head><title>{html.escape(title)} | Example News</title>"
            f"<meta property='og:site_name' content='Example News'>{extra_head}</head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{p}</article><footer>{f}</footer></body></html>")


@pytest.fixture
def seed_page(seed_text: str) -> str:
    return page_from_text(seed_text, "Zelensky refuses to leave Kyiv", boilerplate=3)


@pytest.fixture
def browser():
    """Debian's headless Chromium, driven by Playwright (see tests/browser.py)."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
