"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json."""

from __future__ import annotations

from typing import Any

from .. import __version__

_ERROR = {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _json(ref: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {"$ref": ref}}}}


def _id_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}


SPAN = {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
MENTION = {"type": ["object", "null"], "properties": {
    "mention": {"type": "string"}, "span": SPAN, "name": {"type": "string"},
    "source_id": {"type": ["string", "null"]}}}


def openapi_document() -> dict[str, Any]:
    auth = [{"token": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "newsdigest", "version": __version__,
                 "description": "Clip news pages and get back who said what. Loopback only; bearer token."},
        "servers": [{"url": "/"}],
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {
                    "error": {"type": "string"}, "capture_id": {"type": "integer"}}},
                "ClipRequest": {"type": "object", "required": ["url", "html"], "properties": {
                    "url": {"type": "string", "format": "uri"}, "html": {"type": "string", "minLength": 1},
                    "title": {"type": "string"},
                    "selection": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {
                        "text": {"type": "string"}, "html": {"type": "string"}}}]},
                    "captured_at": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}}, "note": {"type": "string"}}},
                "Quote": {"type": "object", "properties": {
                    "text": {"type": "string"}, "span": SPAN,
                    "kind": {"enum": ["direct", "partial", "indirect"]}, "speaker": MENTION,
                    "cue": {"type": ["object", "null"], "properties": {"text": {"type": "string"}, "span": SPAN}}}},
                "Source": {"type": "object", "properties": {
                    "id": {"type": "string"}, "name": {"type": "string"},
                    "kind": {"enum": ["person", "anonymous", "organization", "document"]},
                    "named": {"type": "boolean"}, "description": {"type": "string"},
                    "mentions": {"type": "array", "items": SPAN}, "quote_count": {"type": "integer"}}},
                "Claim": {"type": "object", "properties": {
                    "text": {"type": "string"}, "span": SPAN, "score": {"type": "number"},
                    "claimant": MENTION, "key": {"type": "boolean"},
                    "hedges": {"type": "array", "items": {"type": "string"}}}},
                "Annotations": {"type": "object", "properties": {
                    "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                    "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
                    "claims": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}},
                    "annotator_version": {"type": "string"}}},
                "ArticleSummary": {"type": "object", "properties": {
                    k: {"type": "string"} for k in ("url", "canonical_url", "title", "site_name", "byline",
                                                    "published", "language", "preview_url")
                } | {"id": {"type": "integer"}, "tags": {"type": "array", "items": {"type": "string"}},
                     "counts": {"type": "object"}}},
                "Article": {"allOf": [{"$ref": "#/components/schemas/ArticleSummary"}, {"type": "object",
                            "properties": {"text": {"type": "string"}, "html": {"type": "string"},
                                           "figures": {"type": "array", "items": {"type": "object", "properties": {
                                               k: {"type": "string"} for k in ("caption", "credit", "image")}}},
                                           "annotations": {"$ref": "#/components/schemas/Annotations"}}}]},
                "ClipResult": {"type": "object", "properties": {
                    "capture_id": {"type": "integer"}, "article_id": {"type": "integer"},
                    "updated": {"type": "boolean"}, "preview_url": {"type": "string"},
                    "article": {"$ref": "#/components/schemas/ArticleSummary"}, "counts": {"type": "object"},
                    "annotations": {"$ref": "#/components/schemas/Annotations"}}},
            },
        },
        "paths": {
            "/api/clips": {"post": {
                "summary": "Clip a page: store it, extract and annotate the article", "security": auth,
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ClipRequest"}}}},
                "responses": {"201": _json("#/components/schemas/ClipResult", "clipped"),
                              "400": _ERROR, "401": _ERROR, "413": _ERROR, "415": _ERROR,
                              "422": _ERROR}}},
            "/api/articles": {"get": {
                "summary": "Clipped articles, newest first", "security": auth,
                "parameters": [
                    {"name": "url", "in": "query", "schema": {"type": "string"}},
                    {"name": "tag", "in": "query", "schema": {"type": "string"}},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                                   "maximum": 100}}],
                "responses": {"200": {"description": "a page of articles", "content": {"application/json": {
                    "schema": {"type": "object", "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}},
                        "total": {"type": "integer"}, "page": {"type": "integer"},
                        "per_page": {"type": "integer"}}}}}},
                    "400": _ERROR, "401": _ERROR}}},
            "/api/articles/{article_id}": {
                "get": {"summary": "One article with its text and annotations", "security": auth,
                        "parameters": [_id_param("article_id")],
                        "responses": {"200": _json("#/components/schemas/Article", "the article"),
                                      "401": _ERROR, "404": _ERROR}},
                "delete": {"summary": "Delete an article and its captures", "security": auth,
                           "parameters": [_id_param("article_id")],
                           "responses": {"204": {"description": "deleted"}, "401": _ERROR, "404": _ERROR}}},
            "/api/captures/{capture_id}": {"get": {
                "summary": "A capture's processing status and error", "security": auth,
                "parameters": [_id_param("capture_id")],
                "responses": {"200": {"description": "status"}, "401": _ERROR, "404": _ERROR}}},
            "/api/captures/{capture_id}/reprocess": {"post": {
                "summary": "Run the pipeline again on a stored capture", "security": auth,
                "parameters": [_id_param("capture_id")],
                "responses": {"200": {"description": "processed"}, "401": _ERROR, "404": _ERROR,
                              "422": _ERROR}}},
            "/api/build": {"post": {
                "summary": "Build the static digest into the service's build folder", "security": auth,
                "requestBody": {"required": False, "content": {"application/json": {"schema": {
                    "type": "object", "properties": {
                        "since": {"type": "string", "format": "date"}, "until": {"type": "string", "format": "date"},
                        "tag": {"type": "string"}, "title": {"type": "string"}, "base_url": {"type": "string"}}}}}},
                "responses": {"200": {"description": "built: counts of pages rendered and reused"},
                              "400": _ERROR, "401": _ERROR, "409": _ERROR, "500": _ERROR}}},
            "/api/health": {"get": {"summary": "Liveness", "security": [],
                                    "responses": {"200": {"description": "ok"}}}},
            "/api/openapi.json": {"get": {"summary": "This document", "security": [],
                                          "responses": {"200": {"description": "OpenAPI 3.1"}}}},
        },
    }
