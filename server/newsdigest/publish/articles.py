"""Article pages, the bulk of a build: each changed article is loaded, summarized for the site's
lists and rendered with its Markdown twin. Many of them are shared out to worker processes."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import store
from .collect import article_view, summary_of

PARALLEL_FROM = 200  # below this, starting workers costs more than it saves


@dataclass
class ArticleDone:
    id: int
    content_hash: str
    summary: dict[str, Any] | None  # None: the article is gone
    pages: dict[str, str]  # path -> key of the pages written


def in_range(day: str, since: str | None, until: str | None) -> bool:
    return not (since and day < since) and not (until and day > until)


def article_paths(article_id: int) -> tuple[str, str]:
    """Where an article's page and its Markdown twin live in the site."""
    return f"articles/{article_id}.html", f"articles/{article_id}.md"


def render_one(conn: sqlite3.Connection, site: Any, article_id: int, content_hash: str, render: bool
               ) -> ArticleDone:
    stored = store.get_article(conn, article_id)
    if stored is None:
        return ArticleDone(article_id, content_hash, None, {})
    view = article_view(stored)
    pages: dict[str, str] = {}
    if render and in_range(view.day, site.options.since, site.options.until):
        data = [article_id, content_hash]
        pages[view.path] = site.render(view.path, "article.html", data, article=view)
        pages[view.md_path] = site.write_text(view.md_path, data, view.markdown)
    return ArticleDone(article_id, content_hash, summary_of(view), pages)


def render_articles(conn: sqlite3.Connection, site: Any, jobs: list[tuple[int, str, bool]]) -> list[ArticleDone]:
    """Load each job's article (id, content hash) for its summary, and render its pages when asked."""
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        return [render_one(conn, site, *job) for job in jobs]
    database = conn.execute("PRAGMA database_list").fetchone()[2]
    chunks = [jobs[i :: workers * 4] for i in range(workers * 4)]
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(database, site.options, site.writer.staging)) as pool:
        return [done for batch in pool.map(_work, chunks) for done in batch]


_worker: dict[str, Any] = {}


def _start_worker(database: str, options: Any, staging: Path) -> None:
    from .site import Renderer
    from .writer import StagingWriter

    _worker["conn"] = store.connect(database)
    _worker["site"] = Renderer(options, StagingWriter(staging))


def _work(jobs: list[tuple[int, str, bool]]) -> list[ArticleDone]:
    return [render_one(_worker["conn"], _worker["site"], *job) for job in jobs]
