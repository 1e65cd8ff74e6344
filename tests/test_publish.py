import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from click.testing import CliRunner

from newsdigest import config, pipeline, store
from newsdigest.cli import main
from newsdigest.models import Capture
from newsdigest.publish import BuildError, BuildOptions, build_site
from newsdigest.publish.cache import SummaryCache
from newsdigest.publish.writer import SiteWriter

from .conftest import page_from_text

HOSTILE = page_from_text(
    "“<script>alert('quote')</script> is what we said,” said Eve Mallory, a hacker.\n\n"
    "<img src=x onerror=alert(1)> The city spent $4 million on the project last year, officials said.\n\n"
    "Click <a href=\"javascript:alert(2)\">here</a>.",
    title="<script>alert('title')</script> Hostile </title><svg onload=alert(3)>",
)
OTHER = page_from_text(
    "The council approved a $12 million budget on Tuesday after a long debate.\n\n"
    "“This budget keeps every library open,” said Councilwoman Rita Gomez, who chairs the finance panel.\n\n"
    "President Volodymyr Zelenskyy spoke to the council by video, aides said.\n\n"
    "“We are grateful,” Zelenskyy said.", title="Council passes budget")


@pytest.fixture
def conn(home: Path, seed_page: str):
    c = store.connect(config.database_path(home))
    pipeline.clip(c, Capture(url="https://news.test/kyiv", html=seed_page, tags=["ukraine"],
                             note="Check the **Lviv** claim."))
    pipeline.clip(c, Capture(url="https://city.test/budget", html=OTHER))
    pipeline.clip(c, Capture(url="https://evil.test/x", html=HOSTILE))
    yield c
    c.close()


def build(conn, out: Path, **kw) -> object:
    return build_site(conn, BuildOptions(out=out, title="Test digest", **kw))


def article_file(out: Path, words: str) -> Path:
    return next(p for p in (out / "articles").glob("*.html") if words in p.read_text(encoding="utf-8"))


def html_pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_pages_parse_as_html5_and_links_resolve(conn, tmp_path):
    out = tmp_path / "site"
    result = build(conn, out)
    assert result.articles == 3
    assert_pages_valid(out)


def assert_pages_valid(out: Path) -> None:
    for page in html_pages(out):
        text = page.read_text(encoding="utf-8")
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
        for href in re.findall(r'(?:href|src)="([^"]+)"', text):
            parts = urlsplit(href)
            if parts.scheme or href.startswith("#"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(out)} links to missing {href}"
            if parts.fragment and target.suffix == ".html":
                assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), href


def test_person_and_outlet_pages_are_paginated(conn, tmp_path):
    out = tmp_path / "site"
    pipeline.clip(conn, Capture(url="https://city.test/budget-2", html=OTHER.replace("$12 million", "$14 million")))
    build(conn, out, per_page=1, quotes_per_page=2)
    assert_pages_valid(out)
    person = out / "people" / "volodymyr-zelensky.html"
    quotes = int(re.search(r"(\d+) quotes", person.read_text(encoding="utf-8")).group(1))
    pages = [person, *sorted((out / "people" / "volodymyr-zelensky").glob("page-*.html"))]
    assert len(pages) == (quotes + 1) // 2 > 2
    shown = [len(re.findall(r"<blockquote>", p.read_text(encoding="utf-8"))) for p in pages]
    assert sum(shown) == quotes and max(shown) == 2
    assert 'rel="next" href="../people/volodymyr-zelensky/page-2.html"' in person.read_text(encoding="utf-8")
    outlets = sorted((out / "outlets").rglob("*.html"))
    assert len(outlets) == 1 + 4  # the index, and one page for each of the outlet's four articles


def test_feed_is_valid_atom(conn, tmp_path):
    build(conn, tmp_path / "site", base_url="https://me.example/digest")
    root = ET.parse(tmp_path / "site" / "feed.xml").getroot()
    ns = "{http://www.w3.org/2005/Atom}"
    assert root.tag == f"{ns}feed"
    entries = root.findall(f"{ns}entry")
    assert len(entries) == 3
    assert all(e.find(f"{ns}id").text.startswith("https://me.example/digest/articles/") for e in entries)


def test_article_page_shows_annotations_and_anchors(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    index = (out / "index.html").read_text(encoding="utf-8")
    path = re.search(r'href="(articles/\d+\.html)">Zelensky refuses', index).group(1)
    page = (out / path).read_text(encoding="utf-8")
    assert "Who is quoted" in page and "Adam Schiff" in page and "a senior U.S. official" in page
    assert re.search(r'<mark class="quote direct" id="q-[0-9a-f]{8}">', page)
    assert re.search(r'<li id="c-[0-9a-f]{8}">', page)
    assert '"@type": "Quotation"' in page
    assert "<strong>Lviv</strong>" in page  # the note, rendered from Markdown
    assert (out / path.replace(".html", ".md")).read_text(encoding="utf-8").startswith("# Zelensky refuses")


def test_people_are_merged_across_articles(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    zelensky = [p for p in (out / "people").glob("*zelensk*.html")]
    assert len(zelensky) == 1, [p.name for p in zelensky]
    page = zelensky[0].read_text(encoding="utf-8")
    assert "We are grateful" in page and "They want to destroy Ukraine" in page


def test_people_who_spoke_together_each_have_the_quote_on_their_page(conn, tmp_path):
    pipeline.clip(conn, Capture(url="https://harbor.test/ferry", html=page_from_text(
        "Fenwick's mayor, Ada Quist, met the harbor chief, Tim Lee, on Monday.\n\n"
        "“We will not leave the island without a boat,” Quist and Lee said.", title="Ferry deal signed")))
    out = tmp_path / "site"
    build(conn, out)
    for slug in ("ada-quist", "tim-lee"):
        assert "We will not leave the island" in (out / "people" / f"{slug}.html").read_text(encoding="utf-8")
    assert not (out / "people" / "ada-quist-and-tim-lee.html").exists()


def test_outlets_claims_digest_and_search(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    outlets = (out / "outlets" / "index.html").read_text(encoding="utf-8")
    assert "Example News" in outlets and "%" in outlets
    assert "<ol class=\"all-claims\">" in (out / "claims" / "index.html").read_text(encoding="utf-8")
    digest = (out / "digest.md").read_text(encoding="utf-8")
    assert digest.startswith("# Test digest") and "Zelensky refuses to leave Kyiv" in digest
    assert "window.NEWSDIGEST_INDEX" in (out / "search-index.js").read_text(encoding="utf-8")


def test_hedged_key_claims_are_marked_as_such_in_every_view(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    hedge = '<em class="hedge" title="hedged: not stated as fact">might</em>'
    page = article_file(out, "Zelensky refuses to leave Kyiv").read_text(encoding="utf-8")
    assert f"Russian hit teams {hedge} already have infiltrated" in page
    assert f"Russian hit teams {hedge} already" in (out / "claims" / "index.html").read_text(encoding="utf-8")
    assert "Russian hit teams _might_ already" in (out / "digest.md").read_text(encoding="utf-8")


def test_hostile_article_cannot_inject(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    for page in html_pages(out):
        tree = html5lib.parse(page.read_text(encoding="utf-8"), namespaceHTMLElements=False)
        for element in tree.iter():
            tag = element.tag if isinstance(element.tag, str) else ""
            assert tag not in ("svg", "math", "iframe", "object", "embed", "img"), (page.name, tag)
            if tag == "script":
                assert element.get("src") or element.get("type") == "application/ld+json", page.name
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), (page.name, name)
                assert not value.strip().lower().startswith(("javascript:", "data:text")), (page.name, value)
    article = article_file(out, "Hostile")
    assert "&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;" in article.read_text(encoding="utf-8")


def test_builds_are_deterministic(conn, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(conn, a)
    build(conn, b)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_incremental_build_renders_only_what_changed(conn, tmp_path):
    out = tmp_path / "site"
    first = build(conn, out)
    again = build(conn, out)
    assert again.rendered == 0 and again.reused == first.pages
    seed_page = article_file(out, "Zelensky refuses")
    seed_inode = seed_page.stat().st_ino
    pipeline.clip(conn, Capture(url="https://city.test/budget", html=OTHER.replace("$12 million", "$13 million")))
    third = build(conn, out)
    assert 0 < third.rendered < first.pages
    assert seed_page.stat().st_ino == seed_inode, "an unchanged article page was rendered again"
    changed = article_file(out, "Council passes")
    assert "$13 million" in changed.read_text(encoding="utf-8")


def test_builds_stage_in_the_site_before_last_and_stay_right(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    build(conn, out)
    assert (tmp_path / ".site.spare" / ".newsdigest-build.json").is_file()
    pipeline.clip(conn, Capture(url="https://city.test/budget", html=OTHER.replace("$12 million", "$13 million")))
    build(conn, out)  # staged in the spare, which still has the first page of the budget
    pipeline.clip(conn, Capture(url="https://evil.test/x", html=OTHER.replace("$12 million", "$15 million")))
    build(conn, out)
    fresh = tmp_path / "fresh"
    build(conn, fresh)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    for rel in files:
        assert (out / rel).read_bytes() == (fresh / rel).read_bytes(), rel
    pages = [p.read_text(encoding="utf-8") for p in (out / "articles").glob("*.html")]
    assert any("$13 million" in p for p in pages) and any("$15 million" in p for p in pages)
    assert not any("Hostile" in p for p in pages)


def test_a_second_build_of_the_same_site_at_once_is_refused(conn, tmp_path):
    out = tmp_path / "site"
    running = SiteWriter(out)
    try:
        with pytest.raises(BuildError, match="another build"):
            build(conn, out)
    finally:
        running.abandon()
    assert build(conn, out).articles == 3


def test_summary_cache_appends_small_changes_and_survives_a_cut(tmp_path):
    path = tmp_path / "cache.bin"
    cache = SummaryCache(path)
    for n in range(1, 11):
        cache.put(n, f"h{n}", {"title": f"t{n}"})
    cache.save()
    size = path.stat().st_size
    cache = SummaryCache(path)
    cache.put(3, "h3b", {"title": "changed"})
    cache.keep_only(set(range(1, 10)))
    cache.save()
    assert size < path.stat().st_size < size * 1.5, "a small change is appended, not the whole file written"
    cache = SummaryCache(path)
    assert cache.get(3, "h3b") == {"title": "changed"} and cache.get(3, "h3") is None
    assert cache.get(10, "h10") is None and cache.get(9, "h9") == {"title": "t9"}
    with open(path, "ab") as f:
        f.write(b"\x40\x00\x00")  # a build killed while appending
    cache = SummaryCache(path)
    assert cache.get(3, "h3b") == {"title": "changed"}
    cache.put(1, "h1b", {"title": "again"})
    cache.save()
    assert SummaryCache(path).get(1, "h1b") == {"title": "again"}
    path.write_bytes(b"not a cache")
    assert SummaryCache(path).entries == {}


def test_failed_build_leaves_the_old_site(conn, tmp_path):
    out = tmp_path / "site"
    build(conn, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "person.html").write_text("{% extends 'base.html' %}{% block main %}{{ person.x.y }}{% endblock %}")
    with pytest.raises(BuildError, match="person.html"):
        build(conn, out, templates=broken)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.building")]


def test_templates_override_any_template(conn, tmp_path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "people.html").write_text("{% extends 'base.html' %}{% block main %}<h1>Our people</h1>{% endblock %}")
    build(conn, tmp_path / "site", templates=custom)
    assert "<h1>Our people</h1>" in (tmp_path / "site" / "people" / "index.html").read_text(encoding="utf-8")


def test_refuses_to_replace_a_folder_that_is_not_a_build(conn, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    with pytest.raises(BuildError, match="not a newsdigest build"):
        build(conn, precious)
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_since_until_and_tag_filters(conn, tmp_path):
    assert build(conn, tmp_path / "t", tag="ukraine").articles == 1
    assert build(conn, tmp_path / "f", since="2999-01-01").articles == 0


def test_cli_build_and_publish_to_a_bare_repository(conn, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["build", "--title", "CLI digest"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "build" / "index.html").exists()
    bare = tmp_path / "pages.git"
    subprocess.run(["git", "init", "--bare", "-q", str(bare)], check=True)
    r = CliRunner().invoke(main, ["publish", "--git", str(bare), "--branch", "gh-pages"])
    assert r.exit_code == 0, r.output
    listing = subprocess.run(["git", "--git-dir", str(bare), "ls-tree", "-r", "--name-only", "gh-pages"],
                             capture_output=True, text=True, check=True).stdout.split()
    assert "index.html" in listing and "feed.xml" in listing
    r = CliRunner().invoke(main, ["publish", "--git", str(bare)])
    assert "nothing changed" in r.output


def test_api_build(client, auth, tmp_path, app):
    app.config["BUILD_DIR"] = str(tmp_path / "apibuild")
    client.post("/api/clips", json={"url": "https://city.test/budget", "html": OTHER}, headers=auth)
    r = client.post("/api/build", json={"title": "From the API"}, headers=auth)
    assert r.status_code == 200, r.json
    assert r.json["articles"] == 1 and r.json["rendered"] > 0
    assert "From the API" in (tmp_path / "apibuild" / "index.html").read_text(encoding="utf-8")
    assert client.post("/api/build", json={"since": "yesterday"}, headers=auth).status_code == 400


def test_worker_processes_build_the_same_site(conn, tmp_path, monkeypatch):
    from newsdigest.publish import articles

    inline = tmp_path / "inline"
    build(conn, inline)
    monkeypatch.setattr(articles, "PARALLEL_FROM", 1)
    parallel = tmp_path / "parallel"
    result = build(conn, parallel)
    assert result.rendered == result.pages
    for page in inline.rglob("*"):
        if page.is_file():
            assert (parallel / page.relative_to(inline)).read_bytes() == page.read_bytes(), page.name
