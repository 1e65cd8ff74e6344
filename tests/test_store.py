import sqlite3

import pytest

from newsdigest import pipeline, store
from newsdigest.models import Capture

from .conftest import page_from_text

TEXT = ("The mayor announced a new budget on Monday.\n\n"
        "“We will balance it this year,” said Mayor Jane Roe, who took office in 2021.\n\n"
        "Critics said the plan would cut 40 jobs.")


@pytest.fixture
def conn(tmp_path):
    c = store.connect(tmp_path / "db.sqlite3")
    yield c
    c.close()


def capture(url="https://news.test/budget", text=TEXT, title="Budget news", **kw):
    return Capture(url=url, html=page_from_text(text, title), **kw)


def test_new_store_is_migrated_in_wal_mode(conn):
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "db.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(store.StoreError, match="newer"):
        store.connect(path)


def test_clip_stores_capture_and_article(conn):
    capture_id, article_id = pipeline.clip(conn, capture(tags=["city"]))
    stored = store.get_article(conn, article_id)
    assert stored.article.title == "Budget news"
    assert stored.tags == ["city"]
    assert [c["id"] for c in stored.captures] == [capture_id]
    assert any(q.speaker and q.speaker.name == "Jane Roe" for q in stored.annotations.quotes)


def test_clipping_again_updates_the_same_article_and_keeps_captures(conn):
    first, article_id = pipeline.clip(conn, capture())
    second, again = pipeline.clip(conn, capture(url="https://news.test/budget?utm_source=mail",
                                               text=TEXT + "\n\nThe council votes on Friday."))
    assert again == article_id
    items, total = store.list_articles(conn)
    assert total == 1
    stored = store.get_article(conn, article_id)
    assert "votes on Friday" in stored.article.text
    assert [c["id"] for c in stored.captures] == [second, first]
    # The raw capture is never altered.
    assert "votes on Friday" not in store.get_capture(conn, first).html


def test_failure_is_recorded_and_capture_kept(conn):
    bad = Capture(url="https://news.test/pdf", html="%PDF-1.7 binary")
    with pytest.raises(pipeline.ProcessingError, match="PDF") as info:
        pipeline.clip(conn, bad)
    status = store.capture_status(conn, info.value.capture_id)
    assert status["status"] == "failed" and "PDF" in status["error"]
    assert store.get_capture(conn, info.value.capture_id).html == bad.html
    assert store.list_articles(conn)[1] == 0
    assert store.capture_ids_to_reprocess(conn, failed_only=True) == [info.value.capture_id]


def test_a_crash_inside_the_transaction_leaves_nothing_half_written(conn):
    capture_id = store.add_capture(conn, capture())

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    real = conn.executemany
    conn_proxy = _FailingTags(conn, broken, real)
    with pytest.raises(sqlite3.OperationalError):
        pipeline.process(conn_proxy, capture_id)
    assert store.list_articles(conn)[1] == 0
    assert store.capture_status(conn, capture_id)["status"] == "pending"


class _FailingTags:
    """A connection whose tag insert fails, after the article row was written in the transaction."""

    def __init__(self, conn, broken, real):
        self._conn, self._broken, self._real = conn, broken, real

    def executemany(self, sql, rows):
        return self._broken() if "article_tags" in sql else self._real(sql, rows)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_reprocess_retries_a_failed_capture(conn):
    capture_id = store.add_capture(conn, capture())
    store.record_failure(conn, capture_id, "boom")
    outcomes = list(pipeline.reprocess(conn, store.capture_ids_to_reprocess(conn)))
    assert outcomes[0].error is None and outcomes[0].article_id
    assert store.capture_status(conn, capture_id)["status"] == "done"


def test_list_filters_and_search(conn):
    pipeline.clip(conn, capture(tags=["city"]))
    pipeline.clip(conn, capture(url="https://news.test/other", text="Rain fell all week across the region, "
                                "forecasters said, and more is expected.", title="Rain", tags=["weather"]))
    assert store.list_articles(conn, tag="weather")[1] == 1
    assert store.list_articles(conn, query="budget")[1] == 1
    assert store.list_articles(conn, query='"; DROP TABLE articles; --')[1] == 0
    assert store.list_articles(conn, query="bud\x00get|\x04")[1] == 0  # a NUL once cut the query mid-quote
    assert store.list_articles(conn, query="budget\x00")[1] == 1
    assert store.list_articles(conn, url="https://news.test/other")[1] == 1
    page, total = store.list_articles(conn, limit=1, offset=1)
    assert total == 2 and len(page) == 1


def test_delete_removes_article_and_captures(conn):
    _, article_id = pipeline.clip(conn, capture())
    assert store.delete_article(conn, article_id)
    assert store.get_article(conn, article_id) is None
    assert conn.execute("SELECT count(*) FROM captures").fetchone()[0] == 0
    assert not store.delete_article(conn, article_id)
