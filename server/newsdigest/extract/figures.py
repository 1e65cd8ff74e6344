"""The article's figures: each image's caption and credit, kept apart from the text (a caption read
as a paragraph makes false quotes)."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..models import Figure
from .blocks import CAPTION_CLASS_PART

MAX_FIGURES = 30
_OUTSIDE = "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"
_CLASS_NAMING_CAPTION = re.compile(r"""class=["'][^"'>]*?[Cc]aption""")  # as browsers serialize it
_CAPTION_CLASS = f"contains(@class, '{CAPTION_CLASS_PART}')"  # as the body tells captions apart
_CREDIT = ".//*[contains(@class, 'credit') or contains(@class, 'copyright') or contains(@class, 'byline')]"


def find_figures(tree: lxml_html.HtmlElement, url: str, page: str | None = None) -> list[Figure]:
    """Figures of the page's article element when it has one, else of the page outside its furniture:
    each <figure>, and each image with a caption marked by its class outside one. page: the page's
    HTML, when at hand, tells cheaply whether any class names a caption."""
    marked = f"//*[{_CAPTION_CLASS} and not(self::figure or ancestor::figure or ancestor::*[{_CAPTION_CLASS}])]"
    if page is not None and not (CAPTION_CLASS_PART in page and _CLASS_NAMING_CAPTION.search(page)):
        marked = ""  # (testing every element's class costs more than the rest of this function)
    if tree.find(".//figure") is None and not (marked and tree.xpath(f"({marked})[1]")):
        return []
    article = next((e for e in tree.xpath("//article | //main | //*[@role='main']")
                    if len(" ".join(p.text_content() for p in e.iter("p"))) >= 200), None)
    scope = (lambda path: article.xpath("." + path)) if article is not None else (
        lambda path: tree.xpath(f"{path}[not({_OUTSIDE})]"))
    elements = scope("//figure") + (scope(marked) if marked else [])
    figures = []
    for element in elements[:MAX_FIGURES]:
        if element.tag != "figure":  # marked by its class: <div class="wp-caption"><img><p class="wp-caption-text">
            inner = element.xpath(f".//*[{_CAPTION_CLASS}]")  # or an image with a caption beside it
            caption_element = inner[0] if inner else element
            if element.find(".//img") is None and element.getparent() is not None:
                element = element.getparent()
        else:
            caption_element = element.find(".//figcaption")
        credit = ""
        caption = ""
        if caption_element is not None:
            credits = caption_element.xpath(_CREDIT)
            credit = _text(credits[0]) if credits else ""
            caption = _text(caption_element)
            if credit and caption.endswith(credit):
                caption = caption[: -len(credit)].rstrip(" ,;|–—-")
        image = element.find(".//img")
        src = _source(image) if image is not None else ""
        if caption or src:
            figures.append(Figure(caption, credit, urljoin(url, src) if src and url else src))
    return figures


def _source(image: lxml_html.HtmlElement) -> str:
    """The image's address: a web link, not a data: placeholder a lazy loader swaps out."""
    for attribute in ("src", "data-src", "data-lazy-src", "data-original"):
        value = (image.get(attribute) or "").strip()
        if value and urlsplit(value).scheme in ("", "http", "https"):
            return value
    return ""


def _text(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())
