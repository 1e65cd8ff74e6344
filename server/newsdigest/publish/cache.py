"""Article summaries kept between builds, keyed by each article's content hash, so that a build
after a small change reads only the changed articles from the store."""

from __future__ import annotations

import marshal
import os
import struct
from pathlib import Path
from typing import Any

FORMAT = 3  # bump when the summaries' shape changes
MAX_APPENDS = 30  # after this many small updates the file is written afresh
_HEADER = struct.Struct("<8sI")
_LENGTH = struct.Struct("<Q")


def _record(entries: dict[str, Any]) -> bytes:
    data = marshal.dumps(entries)
    return _LENGTH.pack(len(data)) + data


class SummaryCache:
    """A file of marshal records (plain lists, dicts and strings: read back many times faster than
    JSON), each after its length: all entries, then one record per later build of the entries it
    changed, so that a build after a small change appends a little instead of rewriting everything."""

    def __init__(self, path: Path | None):
        self.path = path
        self.entries: dict[str, list[Any]] = {}  # article id -> [content hash, summary]
        self.changes: dict[str, list[Any] | None] = {}  # since loading; None: dropped
        self.records = 0
        if path is not None and path.exists():
            try:
                self._load(path)
            except (ValueError, EOFError, TypeError, KeyError, AttributeError):
                self.entries, self.records = {}, 0  # a damaged cache only costs time

    def _load(self, path: Path) -> None:
        data = memoryview(path.read_bytes())
        if bytes(data[:_HEADER.size]) != _HEADER.pack(b"ndcache", FORMAT):
            return
        at = _HEADER.size
        while at < len(data):
            if at + _LENGTH.size > len(data):
                self.records = MAX_APPENDS  # a build stopped while appending: write the file afresh
                break
            (size,) = _LENGTH.unpack_from(data, at)
            at += _LENGTH.size
            if at + size > len(data):
                self.records = MAX_APPENDS
                break
            record = marshal.loads(data[at : at + size])  # marshal.load() from a file is 4x slower
            at += size
            self.records += 1
            for key, entry in record.items():
                if entry is None:
                    self.entries.pop(key, None)
                else:
                    self.entries[key] = entry

    def get(self, article_id: int, content_hash: str) -> dict[str, Any] | None:
        entry = self.entries.get(str(article_id))
        return entry[1] if entry and content_hash and entry[0] == content_hash else None

    def put(self, article_id: int, content_hash: str, summary: dict[str, Any]) -> None:
        self.entries[str(article_id)] = self.changes[str(article_id)] = [content_hash, summary]

    def keep_only(self, article_ids: set[int]) -> None:
        for key in [k for k in self.entries if int(k) not in article_ids]:
            del self.entries[key]
            self.changes[key] = None

    def save(self) -> None:
        if self.path is None or not self.changes:
            return
        if self.records and self.records < MAX_APPENDS and len(self.changes) * 4 < len(self.entries):
            with open(self.path, "ab") as f:
                f.write(_record(self.changes))
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(_HEADER.pack(b"ndcache", FORMAT) + _record(self.entries))
            os.replace(tmp, self.path)
        self.changes = {}
