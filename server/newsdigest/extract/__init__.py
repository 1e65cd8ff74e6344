"""Extraction: a captured page -> an Article (main text, paragraph offsets, metadata, sanitized HTML).

`extract(capture)` is the stage's front door. The submodules each own one concern: parsing the
page (`page`), its metadata (`metadata`), the main text as blocks (`blocks`), sanitizing (`sanitize`)
and URLs (`urls`).
"""

from __future__ import annotations

import logging

from lxml import html as lxml_html
from readability import Document

from ..models import Article, Capture, Paragraph
from .blocks import Block, blocks_from_element, blocks_from_text
from .metadata import read_metadata
from .page import ExtractionError, clean_characters, parse_page
from .sanitize import blocks_to_html, sanitize_html
from .urls import canonical_url

EXTRACTOR_VERSION = "extract-1"

__all__ = ["EXTRACTOR_VERSION", "ExtractionError", "extract"]


# readability logs a traceback for every page it gives up on; we fall back and say why ourselves.
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)


def extract(capture: Capture) -> Article:
    """Turn what the browser sent into an Article. Raises ExtractionError with a reason a user can read."""
    tree = parse_page(capture.html)
    meta = read_metadata(tree, capture.url)
    if capture.selection_html.strip() or capture.selection_text.strip():
        blocks = _selection_blocks(capture)
        content_html = blocks_to_html(blocks)
    else:
        blocks, content_html = _main_content(capture.html, tree)
    blocks = _drop_repeated_title(blocks, meta.title or capture.title)
    if not blocks:
        raise ExtractionError("no article text found on the page")
    text, paragraphs = _join(blocks)
    return Article(
        url=capture.url,
        canonical_url=canonical_url(meta.canonical_url or capture.url, capture.url),
        title=meta.title or capture.title.strip(),
        text=text,
        paragraphs=paragraphs,
        html=sanitize_html(content_html, base_url=capture.url),
        site_name=meta.site_name,
        byline=meta.byline,
        published=meta.published,
        language=meta.language,
        description=meta.description,
        image=meta.image,
        extractor_version=EXTRACTOR_VERSION,
    )


def _selection_blocks(capture: Capture) -> list[Block]:
    if capture.selection_html.strip():
        try:
            fragment = lxml_html.fragment_fromstring(capture.selection_html, create_parent="div")
            blocks = blocks_from_element(fragment)
            if blocks:
                return blocks
        except Exception:  # an unparsable selection falls back to its plain text
            pass
    return blocks_from_text(capture.selection_text)


def _main_content(raw_html: str, tree: lxml_html.HtmlElement) -> tuple[list[Block], str]:
    try:
        summary = Document(clean_characters(raw_html)).summary(html_partial=True)
        content = lxml_html.fragment_fromstring(summary, create_parent="div")
        blocks = blocks_from_element(content)
    except RecursionError as exc:
        raise ExtractionError("the page is nested too deeply to read") from exc
    except Exception:  # readability gives up on some pages; the visible text is the fallback
        blocks, summary = [], ""
    found = sum(len(b.text) for b in blocks)
    paragraphs = _paragraphs_in_page(tree)
    if found < RECOVER_BELOW * sum(len(b.text) for b in paragraphs):
        # readability kept one container of a body split across several, or the wrong one.
        return paragraphs, blocks_to_html(paragraphs)
    if found < 80:
        body = tree.find("body")
        fallback = blocks_from_element(body if body is not None else tree)
        if sum(len(b.text) for b in fallback) > found:
            return fallback, blocks_to_html(fallback)
    return blocks, summary


RECOVER_BELOW = 0.4  # share of the page's paragraph text under which readability's pick is not trusted
_FURNITURE = ("ancestor::nav", "ancestor::footer", "ancestor::aside", "ancestor::header", "ancestor::form",
              "ancestor::figure", "ancestor::*[@hidden]", "ancestor::script", "ancestor::noscript")


def _paragraphs_in_page(tree: lxml_html.HtmlElement) -> list[Block]:
    """The page's paragraphs of prose (40 characters or more), in reading order, outside furniture."""
    blocks = []
    for element in tree.xpath(f"//body//p[not({' or '.join(_FURNITURE)})]"):
        text = " ".join(element.text_content().split())
        if len(text) >= 40:
            blocks.append(Block(text))
    return blocks


def _drop_repeated_title(blocks: list[Block], title: str) -> list[Block]:
    """The headline is metadata; a copy of it at the top of the body is not article text."""
    if blocks and title and blocks[0].kind.startswith("h") and blocks[0].text.strip() == title.strip():
        return blocks[1:]
    return blocks


def _join(blocks: list[Block]) -> tuple[str, list[Paragraph]]:
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += 2  # the blank line between paragraphs
        paragraphs.append(Paragraph(offset, offset + len(block.text), block.kind))
        parts.append(block.text)
        offset += len(block.text)
    return "\n\n".join(parts), paragraphs

