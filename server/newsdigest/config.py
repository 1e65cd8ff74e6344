"""Where newsdigest keeps its data, and the API token that guards the service."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

DEFAULT_PORT = 7440
DEFAULT_MAX_CLIP_BYTES = 15 * 1024 * 1024


def data_dir() -> Path:
    return Path(os.environ.get("NEWSDIGEST_HOME") or "data").resolve()


def database_path(home: Path) -> Path:
    return home / "newsdigest.sqlite3"


def token_path(home: Path) -> Path:
    return home / "token"


def read_or_create_token(home: Path) -> str:
    """The API token, created (random, readable by the owner only) on first use."""
    path = token_path(home)
    if path.exists():
        token = path.read_text(encoding="utf-8").strip()
        if token:
            return token
    return rotate_token(home)


def rotate_token(home: Path) -> str:
    home.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    path = token_path(home)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    os.replace(tmp, path)
    paired_origin_path(home).unlink(missing_ok=True)  # a new token pairs anew
    return token


def paired_origin_path(home: Path) -> Path:
    return home / "paired-extension"


def paired_origin(home: Path) -> str:
    path = paired_origin_path(home)
    return path.read_text(encoding="utf-8").strip() if path.exists() else ""


def pair_origin(home: Path, origin: str) -> None:
    """The first extension that uses the token is the paired one; others are refused until rotation."""
    home.mkdir(parents=True, exist_ok=True)
    tmp = paired_origin_path(home).with_suffix(".tmp")
    tmp.write_text(origin + "\n", encoding="utf-8")
    os.replace(tmp, paired_origin_path(home))
