"""The pipeline end to end: capture -> extract -> annotate -> store.

The raw capture is committed before anything else happens; a failure is recorded against it and can
be retried with `reprocess`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import store
from .annotate import annotate
from .extract import ExtractionError, extract
from .models import Capture

log = logging.getLogger(__name__)


class ProcessingError(Exception):
    """Processing a capture failed; the capture is kept with the error recorded."""

    def __init__(self, capture_id: int, message: str):
        super().__init__(message)
        self.capture_id = capture_id
        self.message = message


@dataclass
class Outcome:
    capture_id: int
    article_id: int | None
    error: str | None = None


def process(conn: sqlite3.Connection, capture_id: int) -> int:
    """Extract, annotate and store one stored capture; returns the article id."""
    capture = store.get_capture(conn, capture_id)
    if capture is None:
        raise ProcessingError(capture_id, f"no capture {capture_id}")
    try:
        article = extract(capture)
        annotations = annotate(article)
    except ExtractionError as exc:
        message = str(exc)
    except Exception as exc:  # a bug must not lose the capture: record it, keep serving
        log.exception("processing capture %s failed", capture_id)
        message = f"internal error while processing the page ({type(exc).__name__})"
    else:
        return store.save_result(conn, capture_id, article, annotations, capture.tags)
    store.record_failure(conn, capture_id, message)
    raise ProcessingError(capture_id, message)


def clip(conn: sqlite3.Connection, capture: Capture,
         processor: Callable[[sqlite3.Connection, int], int] | None = None) -> tuple[int, int]:
    """Store a capture, then process it (here, or with `processor`, e.g. in a sandboxed child):
    (capture id, article id). Raises ProcessingError; the capture is kept either way."""
    capture_id = store.add_capture(conn, capture)
    return capture_id, (processor or process)(conn, capture_id)


def reprocess(conn: sqlite3.Connection, capture_ids: list[int]) -> Iterator[Outcome]:
    for capture_id in capture_ids:
        try:
            yield Outcome(capture_id, process(conn, capture_id))
        except ProcessingError as exc:
            yield Outcome(capture_id, None, exc.message)
