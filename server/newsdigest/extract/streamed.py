"""Parts of a page that React streams after the rest (server rendering with Suspense, as Next.js
does): the page first holds a fallback ("Loading paragraph...") after `<template id="B:0">`, then,
further down, the real part in `<div hidden id="S:0">` and a script call `$RC("B:0","S:0")` that
swaps it in; `$RS("S:7","P:7")` fills a `<template id="P:7">` the same way. A browser runs those
scripts, so the reader sees the parts in place; a captured page's HTML may still be in the first
state. `reveal_streamed` does what the scripts do, so the article is read whole and in order."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_CALL = re.compile(r"\$R([CS])\(\"([BPS]:[0-9a-f]+)\",\"([BPS]:[0-9a-f]+)\"\)")


def may_hold_streamed(html: str) -> bool:
    """A cheap test first: a page without templates and segment ids has nothing streamed."""
    return "<template" in html and "S:" in html


def reveal_streamed(tree: lxml_html.HtmlElement, html: str) -> None:
    """Put each streamed part (a hidden div S:n) where its template stands, the fallback removed."""
    segments = {element.get("id"): element for element in tree.iter("div")
                if element.get("hidden") is not None and (element.get("id") or "").startswith("S:")}
    if not segments:
        return
    templates = {element.get("id"): element for element in tree.iter("template")
                 if (element.get("id") or "")[:2] in ("B:", "P:")}
    pairs = {}  # template id -> segment id, from the scripts' calls, else by the same number
    for kind, first, second in _CALL.findall(html):
        template, segment = (first, second) if kind == "C" else (second, first)
        pairs[template] = segment
    for template_id in templates:
        pairs.setdefault(template_id, "S:" + template_id[2:])
    # Segments into placeholders first: a boundary's part may hold a placeholder ("P:7" in "S:1").
    for template_id in sorted(pairs, key=lambda t: not t.startswith("P:")):
        template, segment = templates.get(template_id), segments.pop(pairs[template_id], None)
        if template is None or segment is None or template.getparent() is None:
            continue
        if template_id.startswith("B:"):
            _drop_fallback(template)
        _put_in_place(segment, template)


def _drop_fallback(template: lxml_html.HtmlElement) -> None:
    """Remove what follows the boundary's template up to the comment that closes it (`<!--/$-->`);
    on a page saved without its comments, the one short element right after it ("Loading ...")."""
    fallback, depth = [], 0
    for sibling in template.itersiblings():
        if sibling.tag is etree.Comment:
            text = (sibling.text or "").strip()
            if text == "/$" and depth == 0:
                break
            depth += text.startswith("$") - (text == "/$")
        fallback.append(sibling)
    else:  # no closing comment
        after = template.getnext()
        short = after is not None and after.tag is not etree.Comment and len(after.text_content()) <= FALLBACK_TEXT
        fallback = [after] if short else []
    for element in fallback:
        element.getparent().remove(element)
    template.tail = None


FALLBACK_TEXT = 40  # characters, at most, of a fallback without its comments ("Loading paragraph...")


def _put_in_place(segment: lxml_html.HtmlElement, template: lxml_html.HtmlElement) -> None:
    """Move the segment's content to where the template stands, as a plain div."""
    _keep_tail(segment)
    segment.attrib.pop("hidden", None)
    segment.attrib.pop("id", None)
    segment.tail = template.tail
    template.getparent().replace(template, segment)


def _keep_tail(element: lxml_html.HtmlElement) -> None:
    """Leave an element's tail text where it stood before the element moves (lxml moves it along)."""
    if not element.tail:
        return
    previous, parent = element.getprevious(), element.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + element.tail
    elif parent is not None:
        parent.text = (parent.text or "") + element.tail
    element.tail = None
