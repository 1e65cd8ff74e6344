"""The article's text as blocks (paragraphs, headings, list items, block quotes) in reading order.

lxml's text_content() glues words across block boundaries ("end.Next"), so we walk the tree and
break at block elements. The walk is iterative: deeply nested pages must not exhaust the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "br", "address", "center", "details", "summary", "caption",
}
# Never article text. Captions and credits are the figure's, not the body's (so is an element whose
# class names a caption: <div class="imageBlock_caption">, <p class="wp-caption-text">).
CAPTION_CLASS_PART = "aption"  # in "caption" and "Caption"
SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "option", "input", "textarea", "nav", "aside", "figure", "figcaption",
    "picture", "video", "audio", "head", "title", "meta", "link",
}
KIND_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"}
_SPACES = re.compile(r"\s+")
# Zero-width characters: a paragraph of nothing else (pages space their layout with U+200D) is not
# text; inside words they stay (Persian and Indic scripts need them).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class Block:
    text: str
    kind: str = "p"


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def blocks_from_element(root: etree._Element) -> list[Block]:
    blocks: list[Block] = []
    buffer: list[str] = []
    kinds: list[str] = []

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if _INVISIBLE.sub("", text):
            kind = next((k for k in reversed(kinds) if k), "p")
            blocks.append(Block(text, kind))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = _tag(element)
        if event == "start":
            if not tag or tag in SKIP_TAGS or element.get("hidden") is not None or (
                    CAPTION_CLASS_PART in (element.get("class") or "") and element is not root):
                walker.skip_subtree()
                kinds.append("")
                continue
            if tag in BLOCK_TAGS:
                flush()
            kinds.append(tag if tag in KIND_TAGS else "")
            if element.text:
                buffer.append(element.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            kinds.pop()
            if element is not root and element.tail:
                buffer.append(element.tail)
    flush()
    return blocks


def blocks_from_text(text: str) -> list[Block]:
    """Plain text (a selection): paragraphs are separated by blank lines, or by lines when none."""
    chunks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.splitlines()
    cleaned = (_SPACES.sub(" ", c).strip() for c in chunks)
    return [Block(c) for c in cleaned if _INVISIBLE.sub("", c)]
