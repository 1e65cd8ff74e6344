"""A real Chromium (Debian's package, driven by Playwright through executable_path: no browser is
ever downloaded), with a record of everything a page tried to do."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed (make test installs Debian's chromium when run as root)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


@dataclass
class PageLog:
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def watch(page) -> PageLog:
    log = PageLog()

    def on_dialog(dialog) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: log.console.append(f"{m.type}: {m.text}"))
    page.on("request", lambda r: log.requests.append(r.url))
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    return log


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=True)
    return path
