"""The digest's generators: which pages the site has, each from a template and its data."""

from __future__ import annotations

import gc
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    select_autoescape,
)

from .. import __version__, store
from ..as_markdown import escape_md, hedged_md
from ..highlight import hedged_html
from .articles import article_paths, in_range, render_articles
from .cache import SummaryCache
from .collect import collect_outlets, collect_people, view_from_summary
from .model import ArticleView
from .writer import BuildError, SiteWriter, StagingWriter, fingerprint

SITE_TEMPLATES = Path(__file__).resolve().parents[3] / "site_templates"
Progress = Callable[[Iterable[Any]], Iterable[Any]]


@dataclass
class BuildOptions:
    out: Path = field(default_factory=lambda: Path("build"))
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    tag: str | None = None
    title: str = "newsdigest"
    base_url: str = ""
    templates: Path | None = None
    per_page: int = 20  # articles on a page of the index or of an outlet
    quotes_per_page: int = 50  # on a page of a person
    claims_per_page: int = 100
    cache: Path | None = None  # where article summaries are kept between builds


@dataclass
class BuildResult:
    out: str
    articles: int
    pages: int
    rendered: int
    reused: int
    seconds: float


def _environment(options: BuildOptions) -> tuple[Environment, str]:
    folders = [p for p in (options.templates, SITE_TEMPLATES) if p is not None]
    for folder in folders:
        if not folder.is_dir():
            raise BuildError(f"no templates folder at {folder}")
    compiled = None
    if options.cache is not None:  # templates compiled once, not on every build (checked against their source)
        (options.cache.parent / "templates-compiled").mkdir(parents=True, exist_ok=True)
        compiled = FileSystemBytecodeCache(str(options.cache.parent / "templates-compiled"))
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(f)) for f in folders]), bytecode_cache=compiled,
        autoescape=select_autoescape(["html", "xml"]), undefined=StrictUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters["hedged"] = hedged_html
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return env, digest.hexdigest()[:16]


def _assets(options: BuildOptions) -> dict[str, Path]:
    """Asset files by site path; a file in --templates overrides the theme's file of the same name."""
    found: dict[str, Path] = {}
    for folder in [SITE_TEMPLATES, *([options.templates] if options.templates else [])]:
        assets = folder / "assets"
        if assets.is_dir():
            for path in sorted(assets.rglob("*")):
                if path.is_file():
                    found[f"assets/{path.relative_to(assets).as_posix()}"] = path
    return found


class Renderer:
    """Renders pages from the templates into a writer's staging folder."""

    def __init__(self, options: BuildOptions, writer: StagingWriter):
        self.options = options
        self.writer = writer
        self.env, self.templates_key = _environment(options)
        self.site = {"title": options.title, "base_url": options.base_url.rstrip("/"), "version": __version__}
        self._prefixes: dict[str, str] = {}

    def key(self, template: str, data: Any) -> str:
        """What a page is made from: its template (and all templates), the site's options, its data."""
        prefix = self._prefixes.get(template)
        if prefix is None:
            prefix = self._prefixes[template] = fingerprint(template, self.templates_key, self.site)
        return fingerprint(prefix, data)

    def render(self, path: str, template: str, data: Any, **context: Any) -> str:
        """Write the page; returns its key."""
        depth = path.count("/")
        try:
            html = self.env.get_template(template).render(site=self.site, root="../" * depth, path=path, **context)
        except TemplateSyntaxError as exc:
            raise BuildError(f"template {exc.name}, line {exc.lineno}: {exc.message}") from exc
        except TemplateError as exc:
            raise BuildError(f"template {template} failed on {path}: {exc}") from exc
        key = self.key(template, data)
        self.writer.write(path, html, key)
        return key

    def write_text(self, path: str, data: Any, content: str | bytes) -> str:
        key = self.key("", data)
        self.writer.write(path, content, key)
        return key


class _Site(Renderer):
    """A renderer that first tries to keep the previous build's page."""

    writer: SiteWriter

    def fresh(self, path: str, template: str, data: Any) -> bool:
        """True (and the page kept) when the previous build made it from the same template and data."""
        return self.writer.reuse(path, self.key(template, data))

    def page(self, path: str, template: str, data: Any, **context: Any) -> None:
        if not self.fresh(path, template, data):
            self.render(path, template, data, **context)

    def text(self, path: str, data: Any, make: Callable[[], str | bytes]) -> None:
        """A file made by `make` unless the previous build made it from the same data."""
        if not self.fresh(path, "", data):
            self.write_text(path, data, make())


def _articles(conn: sqlite3.Connection, site: _Site, cache: SummaryCache, progress: Progress | None
              ) -> list[ArticleView]:
    """Every article to publish, newest first. Unchanged articles come from the summary cache with
    their pages linked from the previous build; the others are loaded, and rendered when their pages
    changed (in worker processes when there are many)."""
    options = site.options
    versions = store.article_versions(conn, tag=options.tag)
    summaries: dict[int, dict[str, Any]] = {}
    jobs: list[tuple[int, str, bool]] = []
    for article_id, content_hash in (progress(versions) if progress else versions):
        summary = cache.get(article_id, content_hash)
        if summary is not None and not in_range(summary["day"], options.since, options.until):
            summaries[article_id] = summary
            continue
        data = [article_id, content_hash]
        page, markdown = article_paths(article_id)
        fresh = site.fresh(page, "article.html", data)
        if fresh and not site.fresh(markdown, "", data):
            site.writer.forget(page)
            fresh = False
        if fresh and summary is not None:
            summaries[article_id] = summary
        else:
            jobs.append((article_id, content_hash, not fresh))
    for done in render_articles(conn, site, jobs):
        if done.summary is None:
            continue
        cache.put(done.id, done.content_hash, done.summary)
        summaries[done.id] = done.summary
        site.writer.merge({p: k for p, k in done.pages.items() if p not in site.writer.pages})  # from workers
        if not in_range(done.summary["day"], options.since, options.until):
            for path in article_paths(done.id):
                site.writer.forget(path)
    if not options.tag:
        cache.keep_only({article_id for article_id, _ in versions})
    articles = [view_from_summary(s) for s in summaries.values() if in_range(s["day"], options.since, options.until)]
    articles.sort(key=lambda a: (a.day, a.id), reverse=True)
    return articles


def build_site(conn: sqlite3.Connection, options: BuildOptions, progress: Progress | None = None) -> BuildResult:
    started = time.perf_counter()
    gc_was_on = gc.isenabled()
    gc.disable()  # a build makes a million small objects and no cycles: collecting them costs a third of it
    try:
        pages, rendered, reused, articles = _build(conn, options, progress)  # its objects are gone on return
    finally:
        if gc_was_on:
            gc.enable()
    return BuildResult(str(options.out), articles, pages, rendered, reused, round(time.perf_counter() - started, 3))


def _build(conn: sqlite3.Connection, options: BuildOptions, progress: Progress | None) -> tuple[int, int, int, int]:
    writer = SiteWriter(options.out)
    try:
        site = _Site(options, writer)
        cache = SummaryCache(options.cache)
        articles = _articles(conn, site, cache, progress)
        people = collect_people(articles)
        outlets = collect_outlets(articles)
        everything = _keys(articles)

        for path, source in _assets(options).items():
            data = source.read_bytes()
            site.text(path, hashlib.sha256(data).hexdigest(), lambda data=data: data)

        pages = _paginate(articles, options.per_page)
        for number, chunk in enumerate(pages, 1):
            days = [(day, list(items)) for day, items in groupby(chunk, key=lambda a: a.day)]
            site.page(_page_path("index", number), "index.html", [_keys(chunk), number, len(pages)],
                      days=days, page=number, pages=len(pages), page_path=_page_path)

        site.page("people/index.html", "people.html", [(p.slug, p.name, len(p.quotes)) for p in people],
                  people=people)
        for p in people:  # in pages, so that a change to one article renders a page of a person, not all
            quote_pages = _paginate(p.quotes, options.quotes_per_page)
            for number, chunk in enumerate(quote_pages, 1):
                site.page(_page_path(p.path[:-5], number), "person.html",
                          [p.name, p.variants, p.descriptions, len(p.quotes), number, len(quote_pages),
                           [(q.article.id, q.article.content_hash, q.quote.anchor) for q in chunk]],
                          person=p, quotes=chunk, page=number, pages=len(quote_pages), page_path=_page_path)

        site.page("outlets/index.html", "outlets.html", [(o.slug, _keys(o.articles)) for o in outlets],
                  outlets=outlets)
        for o in outlets:
            outlet_pages = _paginate(o.articles, options.per_page)
            totals = [o.name, len(o.articles), o.quote_count, o.anonymous_share]
            for number, chunk in enumerate(outlet_pages, 1):
                site.page(_page_path(o.path[:-5], number), "outlet.html",
                          [totals, number, len(outlet_pages), _keys(chunk)],
                          outlet=o, articles=chunk, page=number, pages=len(outlet_pages), page_path=_page_path)

        claims = [(a, c) for a in articles for c in a.key_claims]
        claim_pages = _paginate(claims, options.claims_per_page)
        for number, chunk in enumerate(claim_pages, 1):
            site.page(_page_path("claims/index", number), "claims.html",
                      [[(a.id, a.content_hash, c.anchor) for a, c in chunk], number, len(claim_pages)],
                      claims=chunk, page=number, pages=len(claim_pages), page_path=_page_path)

        feed_items = articles[:50]
        site.page("feed.xml", "feed.xml", _keys(feed_items), articles=feed_items,
                  updated=max((a.updated_at for a in articles), default="1970-01-01T00:00:00+00:00"))
        period = digest_period(articles, options)
        period_keys = _keys(period)
        site.text("digest.md", [period_keys, options.title], lambda: digest_markdown(period, options))
        days = [(day, list(items)) for day, items in groupby(period, key=lambda a: a.day)]
        site.page("digest.html", "digest.html", period_keys, days=days, count=len(period))
        site.text("search-index.js", everything, lambda: search_index(articles))
        site.page("search.html", "search.html", None)
        writer.finish()
        cache.save()
    except BaseException:
        writer.abandon()
        raise
    return len(writer.pages), writer.rendered, writer.reused, len(articles)


def _keys(articles: list[ArticleView]) -> list[tuple[int, str]]:
    return [(a.id, a.content_hash) for a in articles]


def _paginate(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _page_path(stem: str, number: int) -> str:
    """index -> index.html, page-2.html ...; claims/index -> claims/index.html, claims/page-2.html ...;
    people/x -> people/x.html, people/x/page-2.html ..."""
    if number == 1:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return f"{stem[:-5]}page-{number}.html"
    return f"{stem}/page-{number}.html"


DIGEST_DAYS = 7


def digest_period(articles: list[ArticleView], options: BuildOptions) -> list[ArticleView]:
    """The digest covers the build's --since/--until, or else the week up to the newest article."""
    if options.since or options.until or not articles:
        return articles
    last = date.fromisoformat(articles[0].day)
    first = (last - timedelta(days=DIGEST_DAYS - 1)).isoformat()
    return [a for a in articles if a.day >= first]


def digest_markdown(articles: list[ArticleView], options: BuildOptions) -> str:
    """The period's articles as Markdown for a newsletter."""
    days = sorted({a.day for a in articles})
    period = f"{days[0]} to {days[-1]}" if days else "no articles"
    lines = [f"# {escape_md(options.title)}", "", f"{len(articles)} articles, {period}.", ""]
    for day, items in groupby(articles, key=lambda a: a.day):
        lines += [f"## {day}", ""]
        for a in items:
            lines.append(f"### [{escape_md(a.title)}](<{a.url}>)")
            lines.append("")
            c = a.counts
            lines.append(f"{escape_md(a.site)} · {c['quotes']} quotes · {c['named_sources']} named and "
                         f"{c['anonymous_sources']} anonymous sources")
            lines.append("")
            for claim in a.key_claims:
                who = escape_md(claim.claimant) if claim.claimant else "the outlet"
                lines.append(f"- {hedged_md(claim.text)} ({who})")
            speakers = list(dict.fromkeys(q.speaker for q in a.quotes if q.speaker))
            if speakers:
                lines += ["", f"Quoted: {escape_md(', '.join(speakers[:8]))}"]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def search_index(articles: list[ArticleView]) -> str:
    """A compact index as a script (fetch() of a JSON file is blocked on file://)."""
    rows = [[a.path, a.title, a.site, a.day, a.search_words] for a in articles]
    return "window.NEWSDIGEST_INDEX = " + json.dumps(rows, ensure_ascii=True).replace("</", "<\\/") + ";\n"
