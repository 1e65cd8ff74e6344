"""Who may talk to the service: loopback Host names only, a bearer token for the API, CORS only for
browser extensions, and a strict Content-Security-Policy on every page served."""

from __future__ import annotations

import hmac
from pathlib import Path

from flask import Flask, Response, current_app, request

from .. import config
from . import json_error

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
EXTENSION_SCHEMES = ("chrome-extension://", "moz-extension://", "safari-web-extension://")
PUBLIC_API = {"/api/health", "/api/openapi.json"}
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self';"
       " frame-ancestors 'none'")


def _host_name(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def check_request() -> Response | None:
    # DNS rebinding: a hostile site's name resolving to 127.0.0.1 still carries its own Host.
    if _host_name(request.host.lower()) not in LOOPBACK_HOSTS:
        return json_error(403, "this service answers only on a loopback address")
    if not request.path.startswith("/api/"):
        return None
    origin = request.headers.get("Origin")
    if origin and not origin.startswith(EXTENSION_SCHEMES) and not _same_origin(origin):
        return json_error(403, "cross-origin requests are accepted only from the newsdigest extension")
    if request.method == "OPTIONS" or request.path in PUBLIC_API:
        return None
    supplied = request.headers.get("Authorization", "")
    token = current_app.config["API_TOKEN"] or config.read_or_create_token(Path(current_app.config["DATA_DIR"]))
    expected = f"Bearer {token}"
    if not hmac.compare_digest(supplied.encode(), expected.encode()):
        return json_error(401, "missing or wrong API token (run `newsdigest token` to see it)")
    if origin and origin.startswith(EXTENSION_SCHEMES):
        return _check_paired(origin)
    return None


def _check_paired(origin: str) -> Response | None:
    """Only the extension that paired first may use the token (another extension that learned it
    is refused); `newsdigest token --rotate` pairs anew."""
    home = Path(current_app.config["DATA_DIR"])
    paired = config.paired_origin(home)
    if not paired:
        config.pair_origin(home, origin)
        return None
    if not hmac.compare_digest(paired.encode(), origin.encode()):
        return json_error(403, "this service is paired with another extension (pair again: newsdigest token --rotate)")
    return None


def _same_origin(origin: str) -> bool:
    return origin.lower() in {f"http://{request.host.lower()}", f"https://{request.host.lower()}"}


def add_headers(response: Response) -> Response:
    origin = request.headers.get("Origin", "")
    if request.path.startswith("/api/") and origin.startswith(EXTENSION_SCHEMES):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
        response.headers["Access-Control-Max-Age"] = "600"
        response.headers["Vary"] = "Origin"
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def preflight() -> Response | None:
    if request.method == "OPTIONS" and request.path.startswith("/api/"):
        return Response(status=204)
    return None


def install(app: Flask) -> None:
    app.before_request(check_request)
    app.before_request(preflight)
    app.after_request(add_headers)
