"""The digest's writer: pages go to a staging folder beside the site and the new site is swapped in
at once. Unchanged pages are not rendered again: the staging folder is the site before last (kept
beside it as a spare after each swap), so only the pages changed since then are written; without a
spare, unchanged pages are hard-linked from the current site."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import fcntl
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

MANIFEST = ".newsdigest-build.json"


class BuildError(RuntimeError):
    """The build cannot go on; the message says why. The published site is left as it was."""


def fingerprint(*parts: Any) -> str:
    """A short key of plain data (strings, numbers, lists, tuples, dicts built in a fixed order):
    its repr, three times faster than JSON on the 20,000 keys of a large site."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:20]


class StagingWriter:
    """Writes pages into a staging folder and records each page's key."""

    def __init__(self, staging: Path):
        self.staging = staging
        self.pages: dict[str, str] = {}
        self.folders: set[str] = {""}
        self.rendered = 0

    def write(self, path: str, content: str | bytes, key: str) -> None:
        target = self._target(path)
        data = content.encode("utf-8") if isinstance(content, str) else content
        with contextlib.suppress(FileNotFoundError):  # a staged file may be a hard link to a published
            os.unlink(target)  # page: never write through it
        with open(target, "wb") as f:
            f.write(data)
        self.pages[path] = key
        self.rendered += 1

    def _target(self, path: str) -> str:
        if path in self.pages:
            raise BuildError(f"two pages want the path {path}")
        folder, _, _ = path.rpartition("/")
        if folder not in self.folders:
            os.makedirs(os.path.join(self.staging, folder), exist_ok=True)
            self.folders.add(folder)
        return os.path.join(self.staging, path)


class SiteWriter(StagingWriter):
    """Stages a whole new site beside the old one, reusing unchanged pages."""

    def __init__(self, out: Path):
        self.out = out
        if out.exists() and not out.is_dir():
            raise BuildError(f"{out} exists and is not a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).exists():
            raise BuildError(f"refusing to replace {out}: it is not a newsdigest build (no {MANIFEST})")
        out.parent.mkdir(parents=True, exist_ok=True)
        self._lock: int | None = _lock(out)
        self.previous = _manifest(out)
        for stale in out.parent.glob(f".{out.name}.building-*"):  # left by a build that was killed
            shutil.rmtree(stale, ignore_errors=True)
        for stale in out.parent.glob(f".{out.name}.old-*"):
            shutil.rmtree(stale, ignore_errors=True)
        spare = out.parent / f".{out.name}.spare"
        self.staged = _manifest(spare)  # pages already in the staging folder, by key
        if self.staged:
            (spare / MANIFEST).unlink()  # from here on the spare is being changed: not a site to trust
        elif spare.exists():
            shutil.rmtree(spare)  # a build that stopped while changing it
        if not spare.exists():
            spare.mkdir()
        super().__init__(spare)
        self.reused = 0

    def reuse(self, path: str, key: str) -> bool:
        """Keep the staged page, or link the current site's, if it was made from the same inputs."""
        if self.staged.get(path) == key:
            self._target(path)
            self.pages[path] = key
            self.reused += 1
            return True
        if self.previous.get(path) != key:
            return False
        target = self._target(path)
        if path in self.staged:
            os.unlink(target)
        try:
            os.link(os.path.join(self.out, path), target)
        except FileNotFoundError:
            return False
        except OSError:  # a file system without hard links
            shutil.copy2(os.path.join(self.out, path), target)
        self.pages[path] = key
        self.reused += 1
        return True

    def forget(self, path: str) -> None:
        """Take back a page that was kept (to write it again, or drop it)."""
        if self.pages.pop(path, None) is not None:
            os.unlink(os.path.join(self.staging, path))
            self.staged.pop(path, None)
            self.reused -= 1

    def merge(self, pages: dict[str, str]) -> None:
        """Pages another process wrote into the staging folder."""
        for path in pages:
            if path in self.pages:
                raise BuildError(f"two pages want the path {path}")
        self.pages.update(pages)
        self.rendered += len(pages)

    def finish(self) -> None:
        for path in self.staged.keys() - self.pages.keys():  # pages the site no longer has
            with contextlib.suppress(FileNotFoundError):
                os.unlink(os.path.join(self.staging, path))
        manifest = {"version": 1, "pages": dict(sorted(self.pages.items()))}
        (self.staging / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
        os.sync()  # the new site is on disk before it replaces the old one (one call, not one per file)
        swap_in(self.staging, self.out)
        self._unlock()

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _lock(out: Path) -> int:
    """One build of a site at a time: they share the spare folder."""
    fd = os.open(out.parent / f".{out.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise BuildError(f"another build of {out} is running; try again when it ends") from None
    return fd


def _manifest(site: Path) -> dict[str, str]:
    """The pages of a finished build in `site`, by key; empty when there is none."""
    try:
        return json.loads((site / MANIFEST).read_text(encoding="utf-8"))["pages"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def swap_in(staging: Path, out: Path) -> None:
    """Put the staged site in place; the old site stays in the staging folder as the next spare."""
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.rename(out, old)
    os.rename(staging, out)
    os.rename(old, staging)
