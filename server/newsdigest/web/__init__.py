"""The Flask service: an application factory with the JSON API and the local preview as blueprints."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, jsonify
from werkzeug.routing import IntegerConverter

from .. import config, store
from ..highlight import hedged_html
from ..sandbox import Budget


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, template_folder="../templates", static_folder="../static")
    app.jinja_env.filters["hedged"] = hedged_html
    home = config.data_dir()
    app.config.update(
        DATA_DIR=str(home),
        DATABASE=None,
        API_TOKEN=None,
        MAX_CLIP_BYTES=config.DEFAULT_MAX_CLIP_BYTES,
        PAGE_SIZE=20,
        BUILD_DIR=str(Path("build").resolve()),
        PROCESS_BUDGET=Budget(),  # None: process in the request's own thread (no isolation)
    )
    app.config.update(overrides or {})
    home = Path(app.config["DATA_DIR"])
    app.config["DATABASE"] = app.config["DATABASE"] or str(config.database_path(home))
    config.read_or_create_token(home)  # created on first start; read on each request (rotation needs no restart)
    # JSON escaping adds overhead to a page's HTML: allow room for it beyond the clip limit.
    app.config["MAX_CONTENT_LENGTH"] = int(app.config["MAX_CLIP_BYTES"] * 1.5) + 65536
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    store.connect(app.config["DATABASE"]).close()  # create and migrate before the first request

    from . import api, preview, security

    app.url_map.converters["id"] = RowId
    security.install(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(preview.bp)
    app.teardown_appcontext(close_db)
    return app


class RowId(IntegerConverter):
    """A row id in a URL: 1 up to SQLite's largest integer (anything else is a plain 404)."""

    def __init__(self, url_map: Any) -> None:
        super().__init__(url_map, min=1, max=2**63 - 1)


def json_error(status: int, message: str, **extra: Any) -> Response:
    """The API's one error shape: {"error": message, ...} with its status."""
    response = jsonify(error=message, **extra)
    response.status_code = status
    return response


def get_db() -> sqlite3.Connection:
    from flask import current_app

    if "db" not in g:
        g.db = store.connect(current_app.config["DATABASE"])
    return g.db


def close_db(_exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()
