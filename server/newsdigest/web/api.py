"""The JSON API under /api: thin views over the pipeline and the store."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for
from werkzeug.exceptions import HTTPException

from .. import __version__, pipeline, sandbox, store
from ..models import Capture, utc_now
from ..publish import BuildError, BuildOptions, build_site
from . import get_db, json_error
from .openapi import openapi_document
from .serialize import article_full, article_summary

bp = Blueprint("api", __name__, url_prefix="/api")
log = logging.getLogger(__name__)


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@bp.errorhandler(BadRequest)
def _bad_request(exc: BadRequest) -> Response:
    return json_error(exc.status, exc.message)


@bp.errorhandler(sqlite3.OperationalError)
def _storage_error(exc: sqlite3.OperationalError) -> Response:
    """A full disk or a read-only data folder: say so plainly; SQLite has kept the store whole."""
    reason = str(exc).lower()
    if "full" in reason:
        status, message = 507, "the data folder is full: free some disk space; nothing was lost"
    elif "readonly" in reason or "read-only" in reason or "unable to open" in reason:
        status, message = 503, "the data folder is read-only: newsdigest cannot store anything"
    else:
        status, message = 503, "the store is unavailable right now; try again"
    log.error("storage error on %s %s: %s", request.method, request.path, exc)
    return json_error(status, message)


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    if status == 413:
        limit = current_app.config["MAX_CLIP_BYTES"]
        return json_error(413, f"the page is larger than the limit of {limit} bytes")
    return json_error(status, exc.description or exc.name)


def _preview_url(article_id: int) -> str:
    return url_for("preview.article", article_id=article_id, _external=True)


def parse_capture(data: Any) -> Capture:
    """Validate a clip request body; BadRequest names what is wrong."""
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object")
    missing = [k for k in ("url", "html") if not isinstance(data.get(k), str) or not data.get(k)]
    if missing:
        raise BadRequest(f"missing or empty field(s): {', '.join(missing)}")
    url = data["url"].strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 8192:
        raise BadRequest("url must be an http(s) URL")
    limit = current_app.config["MAX_CLIP_BYTES"]
    if len(data["html"].encode("utf-8", "surrogatepass")) > limit:
        raise BadRequest(f"the page is larger than the limit of {limit} bytes", 413)
    for key in ("title", "note"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise BadRequest(f"{key} must be a string")
    selection = data.get("selection")
    if isinstance(selection, str):
        selection = {"text": selection}
    if selection is not None and not (isinstance(selection, dict)
                                      and all(isinstance(selection.get(k, ""), str) for k in ("text", "html"))):
        raise BadRequest("selection must be a string or an object with text and html strings")
    tags = data.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise BadRequest("tags must be a list of strings")
    captured_at = data.get("captured_at") or utc_now()
    try:
        datetime.fromisoformat(str(captured_at).replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest("captured_at must be an ISO 8601 date-time") from None
    return Capture(
        url=url, html=data["html"], title=(data.get("title") or "")[:1000],
        selection_text=(selection or {}).get("text", ""), selection_html=(selection or {}).get("html", ""),
        captured_at=str(captured_at), tags=sorted({t.strip()[:100] for t in tags if t.strip()}),
        note=(data.get("note") or "")[:10000],
    )


def _process(db: Any, capture_id: int) -> int:
    """Run the pipeline on a stored capture: in a child process with a time and memory budget."""
    budget = current_app.config["PROCESS_BUDGET"]
    if budget is None:
        return pipeline.process(db, capture_id)
    return sandbox.process_isolated(db, current_app.config["DATABASE"], capture_id, budget)


@bp.post("/clips")
def create_clip() -> Response | tuple[Response, int]:
    if not request.is_json:
        raise BadRequest("send the clip as JSON (Content-Type: application/json)", 415)
    capture = parse_capture(request.get_json(silent=True))
    db = get_db()
    existed = store.find_article_id(db, capture.url) is not None
    try:
        capture_id, article_id = pipeline.clip(db, capture, _process)
    except pipeline.ProcessingError as exc:
        return json_error(422, exc.message, capture_id=exc.capture_id)
    stored = store.get_article(db, article_id, with_captures=False)
    assert stored is not None
    body = {
        "capture_id": capture_id,
        "article_id": article_id,
        "updated": existed,
        "preview_url": _preview_url(article_id),
        "article": article_summary(stored, _preview_url(article_id)),
        "counts": stored.annotations.counts(),
        "annotations": stored.annotations.to_dict(),
    }
    return jsonify(body), 201


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


@bp.get("/articles")
def list_articles() -> Response:
    page = _int_arg("page", 1, 1, 1_000_000)
    per_page = _int_arg("per_page", current_app.config["PAGE_SIZE"], 1, 100)
    items, total = store.list_articles(
        get_db(), url=request.args.get("url") or None, tag=request.args.get("tag") or None,
        query=request.args.get("q") or None, limit=per_page, offset=(page - 1) * per_page,
    )
    return jsonify(items=[article_summary(s, _preview_url(s.id)) for s in items],
                   total=total, page=page, per_page=per_page)


@bp.get("/articles/<id:article_id>")
def get_article(article_id: int) -> Response | tuple[Response, int]:
    stored = store.get_article(get_db(), article_id)
    if stored is None:
        return json_error(404, f"no article {article_id}")
    return jsonify(article_full(stored, _preview_url(article_id)))


@bp.delete("/articles/<id:article_id>")
def delete_article(article_id: int) -> Response | tuple[Response, int]:
    if not store.delete_article(get_db(), article_id):
        return json_error(404, f"no article {article_id}")
    return Response(status=204)


@bp.get("/captures/<id:capture_id>")
def get_capture(capture_id: int) -> Response | tuple[Response, int]:
    status = store.capture_status(get_db(), capture_id)
    if status is None:
        return json_error(404, f"no capture {capture_id}")
    return jsonify(status)


@bp.post("/captures/<id:capture_id>/reprocess")
def reprocess_capture(capture_id: int) -> Response | tuple[Response, int]:
    db = get_db()
    if store.capture_status(db, capture_id) is None:
        return json_error(404, f"no capture {capture_id}")
    try:
        article_id = _process(db, capture_id)
    except pipeline.ProcessingError as exc:
        return json_error(422, exc.message, capture_id=capture_id)
    return jsonify(capture_id=capture_id, article_id=article_id, preview_url=_preview_url(article_id)), 200


_build_lock = threading.Lock()


@bp.post("/build")
def build() -> Response | tuple[Response, int]:
    """Build the static digest into the service's build folder; the body may narrow it down."""
    data = request.get_json(silent=True) if request.data else {}
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object")
    options = BuildOptions(out=Path(current_app.config["BUILD_DIR"]),
                           cache=Path(current_app.config["DATA_DIR"]) / "digest-cache.bin")
    for key in ("since", "until"):
        if data.get(key) is not None:
            try:
                setattr(options, key, date.fromisoformat(str(data[key])).isoformat())
            except ValueError:
                raise BadRequest(f"{key} must be a date (YYYY-MM-DD)") from None
    for key in ("tag", "title", "base_url"):
        if data.get(key) is not None:
            if not isinstance(data[key], str):
                raise BadRequest(f"{key} must be a string")
            setattr(options, key, data[key])
    if not _build_lock.acquire(blocking=False):
        return json_error(409, "a build is already running")
    try:
        result = build_site(get_db(), options)
    except BuildError as exc:
        return json_error(500, f"the build failed, the published site is unchanged: {exc}")
    finally:
        _build_lock.release()
    return jsonify(asdict(result)), 200


@bp.get("/health")
def health() -> Response:
    return jsonify(status="ok", version=__version__, schema_version=store.SCHEMA_VERSION)


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document())
