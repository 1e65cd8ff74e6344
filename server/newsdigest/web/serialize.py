"""JSON shapes the API returns (and the CLI prints): one place, so both stay the same."""

from __future__ import annotations

from typing import Any

from ..store import StoredArticle


def article_summary(stored: StoredArticle, preview_url: str = "") -> dict[str, Any]:
    a = stored.article
    return {
        "id": stored.id,
        "url": a.url,
        "canonical_url": a.canonical_url,
        "title": a.title,
        "site_name": a.site_name,
        "byline": a.byline,
        "published": a.published,
        "language": a.language,
        "description": a.description,
        "image": a.image,
        "tags": stored.tags,
        "created_at": stored.created_at,
        "updated_at": stored.updated_at,
        "counts": stored.annotations.counts(),
        "preview_url": preview_url,
    }


def article_full(stored: StoredArticle, preview_url: str = "") -> dict[str, Any]:
    a = stored.article
    return {
        **article_summary(stored, preview_url),
        "text": a.text,
        "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in a.paragraphs],
        "html": a.html,
        "figures": [{"caption": f.caption, "credit": f.credit, "image": f.image} for f in a.figures],
        "extractor_version": a.extractor_version,
        "annotations": stored.annotations.to_dict(),
        "captures": stored.captures,
    }
