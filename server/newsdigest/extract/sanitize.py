"""Sanitizing article HTML with an allow-list (nh3, the Rust ammonia library), never by hand."""

from __future__ import annotations

from html import escape

import nh3

from .blocks import Block

# Text structure only: no images, media or frames, so a published article loads nothing from outside.
ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
    "strong", "b", "i", "u", "s", "sub", "sup", "a", "abbr", "cite", "q", "small", "mark", "dl", "dt",
    "dd", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "td": {"colspan"}}


def sanitize_html(fragment: str) -> str:
    """Clean hostile HTML down to text structure; links http(s) and mailto only (relative links are
    made absolute by the extractor before)."""
    if not fragment.strip():
        return ""
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def blocks_to_html(blocks: list[Block]) -> str:
    tags = {"li": "p", "pre": "pre", "blockquote": "blockquote"}
    out = []
    for block in blocks:
        tag = tags.get(block.kind, block.kind if block.kind[:1] == "h" and block.kind != "h1" else "p")
        out.append(f"<{tag}>{escape(block.text)}</{tag}>")
    return "\n".join(out)
