"""The digest's writer: pages go to a staging folder beside the site, unchanged pages are linked
from the previous build instead of rendered again, and the new site is swapped in at once."""

from __future__ import annotations

import ctypes
import ctypes.util
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
    data = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:20]


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
    """Stages a whole new site beside the old one, reusing the old one's unchanged pages."""

    def __init__(self, out: Path):
        self.out = out
        if out.exists() and not out.is_dir():
            raise BuildError(f"{out} exists and is not a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).exists():
            raise BuildError(f"refusing to replace {out}: it is not a newsdigest build (no {MANIFEST})")
        self.previous: dict[str, str] = {}
        if (out / MANIFEST).exists():
            try:
                self.previous = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["pages"]
            except (ValueError, KeyError):
                self.previous = {}
        out.parent.mkdir(parents=True, exist_ok=True)
        for stale in out.parent.glob(f".{out.name}.building-*"):  # left by a build that was killed
            shutil.rmtree(stale, ignore_errors=True)
        for stale in out.parent.glob(f".{out.name}.old-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = out.parent / f".{out.name}.building-{os.getpid()}"
        staging.mkdir()
        super().__init__(staging)
        self.reused = 0

    def reuse(self, path: str, key: str) -> bool:
        """Link the previous build's page if it was made from the same inputs."""
        if self.previous.get(path) != key:
            return False
        old = os.path.join(self.out, path)
        target = self._target(path)
        try:
            os.link(old, target)
        except FileNotFoundError:
            return False
        except OSError:  # a file system without hard links
            shutil.copy2(old, target)
        self.pages[path] = key
        self.reused += 1
        return True

    def forget(self, path: str) -> None:
        """Take back a page that was kept from the previous build (to write it again, or drop it)."""
        if self.pages.pop(path, None) is not None:
            os.unlink(os.path.join(self.staging, path))
            self.reused -= 1

    def merge(self, pages: dict[str, str]) -> None:
        """Pages another process wrote into the staging folder."""
        for path in pages:
            if path in self.pages:
                raise BuildError(f"two pages want the path {path}")
        self.pages.update(pages)
        self.rendered += len(pages)

    def finish(self) -> None:
        manifest = {"version": 1, "pages": dict(sorted(self.pages.items()))}
        (self.staging / MANIFEST).write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
        os.sync()  # the new site is on disk before it replaces the old one (one call, not one per file)
        swap_in(self.staging, self.out)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


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
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        shutil.rmtree(staging)  # now holds the old site
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old)
