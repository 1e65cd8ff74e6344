"""The article's figures: each image's caption and credit, kept apart from the text (a caption read
as a paragraph makes false quotes)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from ..models import Figure

MAX_FIGURES = 30
_OUTSIDE = "ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header"
_CREDIT = ".//*[contains(@class, 'credit') or contains(@class, 'copyright') or contains(@class, 'byline')]"


def find_figures(tree: lxml_html.HtmlElement, url: str) -> list[Figure]:
    """Figures of the page's article element when it has one, else of the page outside its furniture."""
    if tree.find(".//figure") is None:
        return []
    article = next((e for e in tree.xpath("//article | //main | //*[@role='main']")
                    if len(" ".join(p.text_content() for p in e.iter("p"))) >= 200), None)
    elements = article.xpath(".//figure") if article is not None else tree.xpath(f"//body//figure[not({_OUTSIDE})]")
    figures = []
    for element in elements[:MAX_FIGURES]:
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
