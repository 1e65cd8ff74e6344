"""Parsing a captured page into an lxml tree, refusing what is not an HTML page."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html


class ExtractionError(ValueError):
    """The page cannot be turned into an article; the message says why, for the user. `metadata`
    holds what could still be read of the page (its title, byline, date), or None."""

    def __init__(self, message: str, metadata: Any = None):
        super().__init__(message)
        self.metadata = metadata


# Characters XML trees cannot hold (C0 controls but tab and newlines, lone surrogates, U+FFFE/FFFF):
# a page that has them still renders in a browser, so they are dropped rather than refused.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_characters(raw: str) -> str:
    return _NOT_XML.sub("", raw)


def parse_page(raw: str) -> lxml_html.HtmlElement:
    text = raw.lstrip("\ufeff \t\r\n")
    if not text:
        raise ExtractionError("the page is empty")
    if text.startswith("%PDF"):
        raise ExtractionError("the page is a PDF document, not an HTML page")
    if text[0] in "{[" and _is_json(text):
        raise ExtractionError("the page is JSON data, not an HTML page")
    if "<" not in text[:2000] and "\x00" in text[:2000]:
        raise ExtractionError("the page is binary data, not an HTML page")
    try:
        tree = lxml_html.document_fromstring(clean_characters(text))
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"the page could not be parsed as HTML ({exc})") from exc
    return tree


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
