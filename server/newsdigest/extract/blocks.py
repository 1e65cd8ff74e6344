"""The article's text as blocks (paragraphs, headings, list items, block quotes) in reading order.

lxml's text_content() glues words across block boundaries ("end.Next"), so we walk the tree and
break at block elements. The walk is iterative: deeply nested pages must not exhaust the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "footer", "blockquote", "pre", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "br", "address", "center", "details", "summary", "caption",
}
# A table row is one block, its cells kept apart by a tab ("Rhode Island\t56.4"), not a paragraph a cell.
CELL_TAGS = {"td", "th"}
_CELL_MARK = "\ue000"  # stands for the tab while spaces are collapsed (a private-use character)
_CELL_BREAK = re.compile(r"\s*\ue000\s*")
# Never article text. Captions and credits are the figure's, not the body's (so is an element whose
# class names a caption: <div class="imageBlock_caption">, <p class="wp-caption-text">).
CAPTION_CLASS_PART = "aption"  # in "caption" and "Caption"
SKIP_TAGS = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "form", "button", "select", "option", "input", "textarea", "nav", "aside", "figure", "figcaption",
    "picture", "video", "audio", "head", "title", "meta", "link",
}
KIND_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr"}
_SPACES = re.compile(r"\s+")
# Zero-width characters: a paragraph of nothing else (pages space their layout with U+200D) is not
# text; inside words they stay (Persian and Indic scripts need them).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class Block:
    text: str
    kind: str = "p"
    marker: str = ""  # a list item's bullet or number as plain text writes it: "-", "3."


def is_table_figure(element: etree._Element) -> bool:
    """A <figure> that holds a table (as WordPress writes every table) or a quotation (an embedded post,
    a quoted expert): what it holds is the article's."""
    return element.tag == "figure" and (element.find(".//table") is not None
                                        or element.find(".//blockquote") is not None)


def _inline_button(element: etree._Element) -> bool:
    """A button with the sentence's words on both sides of it is part of the sentence ("said port
    professor <button>Ada Quist,</button> the director of the harbor lab": a name that opens a note), not a
    control."""
    if element.tag != "button":
        return False
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text if element.getparent() is not None \
        else None
    return bool(before and before.strip() and element.tail and element.tail.strip())


def unwrap_inline_buttons(root: lxml_html.HtmlElement) -> None:
    """Buttons that are part of a sentence become its words, set apart by spaces as the page shows them
    (the sanitizer would keep their text glued to the words before it)."""
    for button in [b for b in root.iter("button") if _inline_button(b)]:
        button.text = " " + (button.text or "")
        button.tail = " " + button.tail.lstrip()
        button.drop_tag()


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _first_number(ordered: etree._Element) -> int:
    start = (ordered.get("start") or "").strip()
    return int(start) if start.isdigit() else 1


def _next_marker(lists: list[list[int]]) -> str:
    """The marker of a new item of the innermost open list: "-" for bullets, the next number for an
    ordered list (an item outside any list is a bullet)."""
    if not lists or lists[-1][0] < 0:
        return "-"
    lists[-1][0] += 1
    return f"{lists[-1][0]}."


def _stands_apart(tag: str, element: etree._Element) -> bool:
    """An inline element the page sets apart from the words around it: a button, or a span a utility
    class lays out as a block ('Alternatives<span class="block">Top ...': its words on a line of their
    own, not glued to the word before)."""
    return tag == "button" or tag == "span" and "block" in (element.get("class") or "").split()


def blocks_from_element(root: etree._Element) -> list[Block]:
    blocks: list[Block] = []
    buffer: list[str] = []
    kinds: list[str] = []
    rows: list[etree._Element] = []  # the table rows open around the walk
    lists: list[list[int]] = []  # the lists open around the walk: [number of the last item] or [-1] (bullets)
    marker = [""]  # the open list item's marker, until its first block takes it

    def flush() -> None:
        text = _SPACES.sub(" ", "".join(buffer)).strip()
        if _CELL_MARK in text:  # a table row's
            text = _CELL_BREAK.sub("\t", text.strip(" \ue000")).strip()
        buffer.clear()
        if _INVISIBLE.sub("", text):
            kind = next((k for k in reversed(kinds) if k), "p")
            blocks.append(Block(text, kind, marker[0]))
            marker[0] = ""

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = _tag(element)
        if event == "start":
            if not tag or tag in SKIP_TAGS and not is_table_figure(element) and not _inline_button(element) \
                    or element.get("hidden") is not None or (
                    CAPTION_CLASS_PART in (element.get("class") or "") and element is not root):
                walker.skip_subtree()
                kinds.append("")
                continue
            if tag == "tr" or tag in BLOCK_TAGS and not rows:
                flush()
            elif tag in BLOCK_TAGS:
                buffer.append(" ")  # a paragraph inside a cell stays in its row
            elif tag in CELL_TAGS and (row := "".join(buffer).rstrip()) and not row.endswith(_CELL_MARK):
                buffer.append(_CELL_MARK)  # after the row's cells so far
            elif _stands_apart(tag, element):
                buffer.append(" ")
            if tag == "tr":
                rows.append(element)
            elif tag in ("ul", "ol"):
                lists.append([_first_number(element) - 1 if tag == "ol" else -1])
            elif tag == "li":
                marker[0] = _next_marker(lists)
            kinds.append(tag if tag in KIND_TAGS else "")
            if element.text:
                buffer.append(element.text)
        else:
            if rows and element is rows[-1]:
                rows.pop()
            if tag in BLOCK_TAGS and not rows:
                flush()
            elif tag in BLOCK_TAGS or _stands_apart(tag, element):
                buffer.append(" ")
            if tag in ("ul", "ol") and lists:
                lists.pop()
            elif tag == "li":
                marker[0] = ""  # an empty item marks nothing after it
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
