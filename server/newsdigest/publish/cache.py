"""Article summaries kept between builds, keyed by each article's content hash, so that a build
after a small change reads only the changed articles from the store."""

from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any

FORMAT = 2  # bump when the summaries' shape changes


class SummaryCache:
    """Kept with marshal: only plain lists, dicts and strings, read back many times faster than JSON."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict[str, list[Any]] = {}  # article id -> [content hash, summary]
        self.changed = False
        if path is not None and path.exists():
            try:
                version, entries = marshal.loads(path.read_bytes())
                self.entries = entries if version == FORMAT else {}
            except (ValueError, EOFError, TypeError):
                self.entries = {}  # a damaged cache only costs time

    def get(self, article_id: int, content_hash: str) -> dict[str, Any] | None:
        entry = self.entries.get(str(article_id))
        return entry[1] if entry and content_hash and entry[0] == content_hash else None

    def put(self, article_id: int, content_hash: str, summary: dict[str, Any]) -> None:
        self.entries[str(article_id)] = [content_hash, summary]
        self.changed = True

    def keep_only(self, article_ids: set[int]) -> None:
        for key in [k for k in self.entries if int(k) not in article_ids]:
            del self.entries[key]
            self.changed = True

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(marshal.dumps((FORMAT, self.entries)))
        os.replace(tmp, self.path)
