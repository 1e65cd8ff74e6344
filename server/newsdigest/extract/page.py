"""Parsing a captured page into an lxml tree, refusing what is not an HTML page."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from .streamed import may_hold_streamed, reveal_streamed


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


# A UTF-8 lead byte and a continuation byte read as Latin-1 or Windows-1252 ("â\x80\x99", "â€™").
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013-\u2122]")
# Windows-1252's characters for bytes 0x80-0x9F, back to those bytes (as Latin-1 code points); the
# five bytes it leaves undefined browsers show as the code points themselves.
_WINDOWS_1252_BYTES = {ord(bytes([b]).decode("cp1252")): b for b in range(0x80, 0xA0)
                       if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


_LEADS = ("\u00c3", "\u00c2", "\u00e2", "\u00d0", "\u00d1")  # Ã Â â Ð Ñ


def repair_mojibake(text: str) -> str:
    """A page whose UTF-8 bytes were read as Latin-1 or Windows-1252 (a mislabelled encoding),
    read again as UTF-8. Only when the whole page goes back to bytes and those bytes are valid
    UTF-8, which a page really written in either single-byte encoding almost never is."""
    # Scanning a long page for the pattern costs half a millisecond: first look for the lead
    # characters of Latin and Cyrillic text so garbled (in C, a hundredth of that).
    if text.isascii() or not any(lead in text for lead in _LEADS) or not _MOJIBAKE.search(text):
        return text
    try:
        return text.translate(_WINDOWS_1252_BYTES).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


# Every element as lxml.html's HtmlElement, looked up in C: lxml.html's own lookup (a Python call
# each time an element is touched, to give forms and inputs their classes) took a tenth of extraction.
PARSER = lxml_html.HTMLParser()
PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def parse_page(raw: str) -> lxml_html.HtmlElement:
    text = repair_mojibake(raw.lstrip("\ufeff \t\r\n"))
    if not text:
        raise ExtractionError("the page is empty")
    if text.startswith("%PDF"):
        raise ExtractionError("the page is a PDF document, not an HTML page")
    if text[0] in "{[" and _is_json(text):
        raise ExtractionError("the page is JSON data, not an HTML page")
    if "<" not in text[:2000] and "\x00" in text[:2000]:
        raise ExtractionError("the page is binary data, not an HTML page")
    try:
        tree = lxml_html.document_fromstring(clean_characters(_without_early_end_tags(text)), parser=PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"the page could not be parsed as HTML ({exc})") from exc
    if may_hold_streamed(text):
        reveal_streamed(tree, text)
    return tree


_END_TAG = re.compile(r"</(?:body|html)\s*>", re.I)


def _without_early_end_tags(text: str) -> str:
    """A page that closes </body> or </html> before its article (a template's header printed as a
    whole document): browsers read on and put what follows in the body; libxml2 drops it. Without
    those end tags, libxml2 reads it too."""
    end = _END_TAG.search(text)
    if end is None or not _END_TAG.sub("", text[end.start() :]).strip():
        return text
    return _END_TAG.sub("", text)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
