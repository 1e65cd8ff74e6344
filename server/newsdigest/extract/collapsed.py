"""Collapsed parts of an article: an accordion's panels, a guide's "Buying advice" folded under its
heading, answers under their questions. The page hides them (`hidden`, `display: none`) until the
reader opens them with a click, so they are the article's text all the same, where readability
drops whatever is hidden. Menus that fold away live in a nav or header, and stay hidden."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html
from readability.readability import REGEXES

from .furniture import name_pattern

_IN_FURNITURE = etree.XPath("ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside")


def is_collapsed_panel(element: lxml_html.HtmlElement) -> bool:
    """A disclosure's panel outside the page's navigation: a region its heading labels (the ARIA
    accordion pattern), or an element whose class, id or data attributes name it one ("accordion-body",
    "collapsible-section-text"; lexicons/panel_names.txt)."""
    if not (element.get("role") == "region" and element.get("aria-labelledby")):
        names = " ".join(value for key, value in element.attrib.items()
                         if key in ("class", "id") or key.startswith("data-"))
        if not (names and name_pattern("panel_names").search(names)):
            return False
    return not _IN_FURNITURE(element)


def show(element: lxml_html.HtmlElement) -> None:
    """The element as the reader sees it opened."""
    element.attrib.pop("hidden", None)
    if style := element.get("style"):
        element.set("style", REGEXES["displayNoneRe"].sub(";", style))  # (the rule readability reads)
