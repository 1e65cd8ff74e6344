"""Processing a stored capture in a child process with a time and a memory budget, so that one
hostile or broken page cannot hang the service or take it down. The child writes its result to the
store itself; the parent only waits, and records the failure when the child had to be stopped."""

from __future__ import annotations

import multiprocessing
import resource
import sqlite3
from dataclasses import dataclass
from functools import cache

from . import pipeline, store


@dataclass(frozen=True)
class Budget:
    seconds: float = 60.0
    memory_bytes: int = 3 * 1024**3  # address space of the child


@cache
def _context() -> multiprocessing.context.BaseContext:
    # A fork server: children start from a clean, single-threaded process with the pipeline loaded,
    # never from the threaded web server itself.
    context = multiprocessing.get_context("forkserver")
    # Children import the main module again (the command line): with the web layer preloaded that
    # costs little. (Preloading the main module itself makes runpy warn in every child.) The warm-up
    # loads what the pipeline reads on first use, once for all children.
    context.set_forkserver_preload(["newsdigest.pipeline", "newsdigest.web", "newsdigest.warmup"])
    return context


def _child(database: str, capture_id: int, memory_bytes: int) -> None:
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    conn = store.connect(database)
    try:
        pipeline.process(conn, capture_id)
    except pipeline.ProcessingError:
        pass  # recorded against the capture by pipeline.process
    finally:
        conn.close()


def process_isolated(conn: sqlite3.Connection, database: str, capture_id: int, budget: Budget) -> int:
    """Like pipeline.process, in a child process; raises ProcessingError on failure or timeout."""
    child = _context().Process(target=_child, args=(database, capture_id, budget.memory_bytes), daemon=True)
    child.start()
    child.join(budget.seconds)
    if child.is_alive():
        child.kill()
        child.join()
        message = f"processing the page took longer than {budget.seconds:g} s and was stopped"
        store.record_failure(conn, capture_id, message)
        raise pipeline.ProcessingError(capture_id, message)
    status = store.capture_status(conn, capture_id) or {}
    if status.get("status") == "done":
        return int(status["article_id"])
    if status.get("status") == "failed":
        raise pipeline.ProcessingError(capture_id, status["error"])
    message = f"processing the page crashed (exit code {child.exitcode}; out of memory?)"
    store.record_failure(conn, capture_id, message)
    raise pipeline.ProcessingError(capture_id, message)
