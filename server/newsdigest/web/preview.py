"""The local preview: the clipped articles, and a reading view with quotes, sources and key claims."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from .. import store
from ..highlight import highlight, paragraphs_html
from . import get_db

bp = Blueprint("preview", __name__)


@bp.get("/")
def index() -> str:
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    per_page = current_app.config["PAGE_SIZE"]
    query = request.args.get("q", "").strip()
    items, total = store.list_articles(get_db(), query=query or None, tag=request.args.get("tag") or None,
                                       limit=per_page, offset=(page - 1) * per_page)
    failures = store.failed_captures(get_db())[:10]
    return render_template("index.html", items=items, total=total, page=page, query=query,
                           pages=max(1, -(-total // per_page)), failures=failures)


@bp.get("/articles/<id:article_id>")
def article(article_id: int) -> str:
    stored = store.get_article(get_db(), article_id)
    if stored is None:
        abort(404)
    annotations = stored.annotations
    anchors = {index: f"q{index}" for index in range(len(annotations.quotes))}
    return render_template(
        "article.html", stored=stored, a=stored.article, ann=annotations, anchors=anchors,
        text_html=paragraphs_html(highlight(stored.article, annotations), anchors),
        quotations=[(i, q) for i, q in enumerate(annotations.quotes) if q.kind != "indirect"],
        key_claims=[c for c in annotations.claims if c.key],
    )
