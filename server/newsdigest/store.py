"""Storage on SQLite (standard library, WAL mode), schema versioned by PRAGMA user_version.

A capture is committed as it arrives and never altered afterwards (only its processing status
changes). An article and its annotations are written in one transaction, keyed by canonical URL, so
clipping a page again updates its article and keeps every capture.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import Annotations, Article, Capture, utc_now

MIGRATIONS: list[str] = [
    # 1: captures, articles, tags, full-text search
    """
    CREATE TABLE captures (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        html TEXT NOT NULL,
        selection_text TEXT NOT NULL DEFAULT '',
        selection_html TEXT NOT NULL DEFAULT '',
        captured_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
        error TEXT,
        processed_at TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
    );
    CREATE INDEX captures_article ON captures(article_id);
    CREATE INDEX captures_status ON captures(status);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        canonical_url TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        site_name TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        article TEXT NOT NULL,
        annotations TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        annotator_version TEXT NOT NULL,
        capture_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX articles_updated ON articles(updated_at);
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: a hash of what an article's published page depends on, so a digest build can tell
    # unchanged articles without loading them
    """
    ALTER TABLE articles ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(RuntimeError):
    """The store cannot be used (a newer schema, a read-only or full disk); the message says which."""


@dataclass
class StoredArticle:
    id: int
    article: Article
    annotations: Annotations
    tags: list[str]
    created_at: str
    updated_at: str
    captures: list[dict[str, Any]] = field(default_factory=list)
    content_hash: str = ""  # of the stored article, annotations and tags: what a rendered page depends on


def connect(path: str | Path) -> sqlite3.Connection:
    """Open the store, creating and migrating it as needed."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except sqlite3.OperationalError:
        if not Path(path).is_file():
            raise
        return _connect_read_only(path)
    return conn


def _connect_read_only(path: str | Path) -> sqlite3.Connection:
    """A data folder that became read-only: the store can still be read (writes fail clearly)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        conn.close()
        raise StoreError("the data folder is read-only and its store needs a migration")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"the store has schema version {version}, newer than this newsdigest ({SCHEMA_VERSION})")
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] > number:
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            if number == 1:
                for (article_id,) in conn.execute("SELECT id FROM articles").fetchall():
                    _update_content_hash(conn, article_id)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    out, current = [], ""
    for line in script.strip().splitlines():
        current += line + "\n"
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return out


def add_capture(conn: sqlite3.Connection, capture: Capture) -> int:
    cur = conn.execute(
        "INSERT INTO captures (url, title, html, selection_text, selection_html, captured_at, received_at,"
        " tags, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (capture.url, capture.title, capture.html, capture.selection_text, capture.selection_html,
         capture.captured_at, utc_now(), json.dumps(capture.tags), capture.note),
    )
    return int(cur.lastrowid)


def get_capture(conn: sqlite3.Connection, capture_id: int) -> Capture | None:
    row = conn.execute("SELECT * FROM captures WHERE id = ?", (capture_id,)).fetchone()
    if row is None:
        return None
    return Capture(url=row["url"], html=row["html"], title=row["title"], selection_text=row["selection_text"],
                   selection_html=row["selection_html"], captured_at=row["captured_at"],
                   tags=json.loads(row["tags"]), note=row["note"])


def save_result(conn: sqlite3.Connection, capture_id: int, article: Article, annotations: Annotations,
                tags: list[str]) -> int:
    """Write the article and its annotations, and mark the capture done: all or nothing."""
    now = utc_now()
    conn.execute("BEGIN IMMEDIATE")
    try:
        article_id = conn.execute(
            "INSERT INTO articles (canonical_url, url, title, site_name, byline, published, language, text,"
            " article, annotations, extractor_version, annotator_version, capture_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(canonical_url) DO UPDATE SET url = excluded.url, title = excluded.title,"
            " site_name = excluded.site_name, byline = excluded.byline, published = excluded.published,"
            " language = excluded.language, text = excluded.text, article = excluded.article,"
            " annotations = excluded.annotations, extractor_version = excluded.extractor_version,"
            " annotator_version = excluded.annotator_version, capture_id = excluded.capture_id,"
            " updated_at = excluded.updated_at"
            " RETURNING id",
            (article.canonical_url, article.url, article.title, article.site_name, article.byline,
             article.published, article.language, article.text, json.dumps(article.to_dict()),
             json.dumps(annotations.to_dict()), article.extractor_version, annotations.annotator_version,
             capture_id, now, now),
        ).fetchone()[0]
        conn.executemany("INSERT OR IGNORE INTO article_tags (article_id, tag) VALUES (?, ?)",
                         [(article_id, t) for t in tags])
        _update_content_hash(conn, article_id)
        conn.execute("UPDATE captures SET status = 'done', error = NULL, processed_at = ?, article_id = ?"
                     " WHERE id = ?", (now, article_id, capture_id))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(article_id)


def _update_content_hash(conn: sqlite3.Connection, article_id: int) -> None:
    row = conn.execute("SELECT article, annotations, capture_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    tags = [r[0] for r in conn.execute("SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag",
                                       (article_id,))]
    digest = hashlib.blake2b(digest_size=12)
    for part in (row[0], row[1], json.dumps(tags), str(row[2])):
        digest.update(part.encode("utf-8") + b"\0")
    conn.execute("UPDATE articles SET content_hash = ? WHERE id = ?", (digest.hexdigest(), article_id))


def article_versions(conn: sqlite3.Connection, tag: str | None = None) -> list[tuple[int, str]]:
    """(id, content hash) of every article, or of those with a tag: cheap, nothing is parsed."""
    if tag:
        rows = conn.execute("SELECT a.id, a.content_hash FROM articles a JOIN article_tags t ON t.article_id = a.id"
                            " WHERE t.tag = ? ORDER BY a.id", (tag,))
    else:
        rows = conn.execute("SELECT id, content_hash FROM articles ORDER BY id")
    return [(r[0], r[1]) for r in rows]


def record_failure(conn: sqlite3.Connection, capture_id: int, error: str) -> None:
    conn.execute("UPDATE captures SET status = 'failed', error = ?, processed_at = ? WHERE id = ?",
                 (error, utc_now(), capture_id))


def _stored(conn: sqlite3.Connection, row: sqlite3.Row, with_captures: bool) -> StoredArticle:
    tags = [r[0] for r in conn.execute("SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag",
                                       (row["id"],))]
    captures = []
    if with_captures:
        captures = [dict(r) for r in conn.execute(
            "SELECT id, url, captured_at, received_at, status, error, processed_at, note, tags FROM captures"
            " WHERE article_id = ? ORDER BY id DESC", (row["id"],))]
        for c in captures:
            c["tags"] = json.loads(c["tags"])
    return StoredArticle(
        id=row["id"], article=Article.from_dict(json.loads(row["article"])),
        annotations=Annotations.from_dict(json.loads(row["annotations"])), tags=tags,
        created_at=row["created_at"], updated_at=row["updated_at"], captures=captures,
        content_hash=row["content_hash"],
    )


def get_article(conn: sqlite3.Connection, article_id: int, with_captures: bool = True) -> StoredArticle | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    return _stored(conn, row, with_captures) if row else None


def find_article_id(conn: sqlite3.Connection, url: str) -> int | None:
    """The article clipped from this URL: by canonical URL, or by the URL of any of its captures."""
    row = conn.execute(
        "SELECT id FROM articles WHERE canonical_url = ? OR url = ?"
        " UNION ALL SELECT article_id FROM captures WHERE url = ? AND article_id IS NOT NULL LIMIT 1",
        (url, url, url),
    ).fetchone()
    return int(row[0]) if row else None


def list_articles(conn: sqlite3.Connection, *, url: str | None = None, tag: str | None = None,
                  query: str | None = None, limit: int = 20, offset: int = 0
                  ) -> tuple[list[StoredArticle], int]:
    """Newest first (by last update), filtered; returns a page and the total count."""
    where, params = [], []
    if url:
        where.append("(a.canonical_url = ? OR a.url = ? OR a.id IN"
                     " (SELECT article_id FROM captures WHERE url = ?))")
        params += [url, url, url]
    if tag:
        where.append("a.id IN (SELECT article_id FROM article_tags WHERE tag = ?)")
        params.append(tag)
    if query:
        where.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(_fts_query(query))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    total = conn.execute(f"SELECT count(*) FROM articles a {clause}", params).fetchone()[0]
    rows = conn.execute(f"SELECT * FROM articles a {clause} ORDER BY a.updated_at DESC, a.id DESC"
                        " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [_stored(conn, r, False) for r in rows], int(total)


def _fts_query(text: str) -> str:
    """Words to match, each quoted, so that user input is never FTS syntax. Control characters
    separate words: SQLite reads the query as a C string, and a NUL ends it mid-quote."""
    terms = [t.replace('"', '""') for t in re.sub(r"[\x00-\x1f\x7f]", " ", text).split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms) or '""'


def delete_article(conn: sqlite3.Connection, article_id: int) -> bool:
    """Remove an article with its captures (the user asked for it to be gone)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM captures WHERE article_id = ?", (article_id,))
        deleted = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return deleted > 0


def latest_capture_id(conn: sqlite3.Connection, article_id: int) -> int | None:
    row = conn.execute("SELECT max(id) FROM captures WHERE article_id = ?", (article_id,)).fetchone()
    return row[0]


def capture_ids_to_reprocess(conn: sqlite3.Connection, failed_only: bool = False) -> list[int]:
    """Each article's latest capture, and every capture whose processing failed or never finished."""
    failed = [r[0] for r in conn.execute(
        "SELECT id FROM captures WHERE status != 'done' AND article_id IS NULL ORDER BY id")]
    if failed_only:
        return failed
    latest = [r[0] for r in conn.execute("SELECT max(id) FROM captures WHERE article_id IS NOT NULL"
                                         " GROUP BY article_id ORDER BY article_id")]
    return sorted(set(latest) | set(failed))


def capture_status(conn: sqlite3.Connection, capture_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT id, url, status, error, article_id, captured_at, received_at FROM captures"
                       " WHERE id = ?", (capture_id,)).fetchone()
    return dict(row) if row else None


def failed_captures(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "SELECT id, url, status, error, captured_at FROM captures WHERE status = 'failed' ORDER BY id DESC")]
