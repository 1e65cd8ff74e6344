"""The built digest, looked at in a real headless Chromium from file://."""

from pathlib import Path

import pytest

from newsdigest import config, pipeline, store
from newsdigest.models import Capture
from newsdigest.publish import BuildOptions, build_site

from .browser import screenshot, watch
from .test_publish import HOSTILE


@pytest.fixture
def site(home: Path, seed_page: str, tmp_path: Path) -> Path:
    conn = store.connect(config.database_path(home))
    pipeline.clip(conn, Capture(url="https://news.test/kyiv", html=seed_page))
    pipeline.clip(conn, Capture(url="https://evil.test/x", html=HOSTILE))
    out = tmp_path / "digest site"  # a space in the path, as a user's folder may have
    build_site(conn, BuildOptions(out=out, title="Browser digest"))
    conn.close()
    return out


def test_index_and_article_from_file_url(site: Path, browser):
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    log = watch(page)
    page.goto(site.joinpath("index.html").as_uri())
    assert page.title() == "Browser digest"
    assert page.get_by_role("link", name="Zelensky refuses to leave Kyiv").is_visible()
    screenshot(page, "digest-index.png")
    page.get_by_role("link", name="Zelensky refuses to leave Kyiv").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Zelensky refuses to leave Kyiv"
    assert page.locator("table.quoted").get_by_text("Adam Schiff").first.is_visible()
    assert page.locator("mark.quote").count() >= 9
    # The stylesheet loaded from a relative path: quotes are highlighted.
    assert page.locator("mark.quote.direct").first.evaluate("e => getComputedStyle(e).backgroundColor") \
        not in ("rgba(0, 0, 0, 0)", "transparent")
    screenshot(page, "digest-article.png")
    page.get_by_role("link", name="People").click()
    page.wait_for_load_state()
    assert page.get_by_role("link", name="Adam Schiff").is_visible()
    assert not log.dialogs and not log.errors
    assert all(url.startswith("file://") for url in log.requests), log.requests


def test_hostile_article_runs_nothing_and_loads_nothing(site: Path, browser):
    page = browser.new_page()
    log = watch(page)
    for path in sorted((site / "articles").glob("*.html")):
        page.goto(path.as_uri())
        page.wait_for_timeout(100)
    assert log.dialogs == []
    assert log.errors == []
    assert all(url.startswith("file://") for url in log.requests), log.requests


def test_search_works_from_a_subfolder_on_file_urls(site: Path, browser):
    page = browser.new_page()
    log = watch(page)
    page.goto(site.joinpath("search.html").as_uri() + "?q=schiff")
    page.wait_for_selector("#results li")
    assert "1 of 2 articles" in page.locator("#status").inner_text()
    page.locator("#results a").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Zelensky refuses to leave Kyiv"
    assert not log.errors and not log.dialogs
