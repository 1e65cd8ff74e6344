"""An article body split across sibling containers of one kind (page builders lay out each section in
its own `div.block.text` or `section.post-section`): readability keeps the container it scored best
and drops the others. `split_segments` finds them, so that extraction can put them back in order."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..lexicon import phrases

LEVELS = 5  # how far above readability's pick its body's sections may sit
MIN_PROSE = 100  # characters of paragraphs a section must hold ...
PROSE_SHARE = 0.5  # ... making up this share of its text
MAX_LINK_DENSITY = 0.25  # of its text in links: more is a list of links, not a section
PARAGRAPH = 40  # characters, from which a <p> is prose


def split_segments(best: lxml_html.HtmlElement, link_density: Callable[[lxml_html.HtmlElement], float],
                   site: str = "") -> tuple[list[lxml_html.HtmlElement], list[lxml_html.HtmlElement]]:
    """The sections of the body before and after readability's pick, in reading order: siblings of
    it or of one of its ancestors with the same tag and classes (not other <article>s, nor teasers),
    and the article's questions and answers after them. (Those readability took in itself are
    dropped from the lists once it has.)"""
    before: list[lxml_html.HtmlElement] = []
    after: list[lxml_html.HtmlElement] = []
    for level, element in enumerate(itertools.chain([best], best.iterancestors())):
        parent = element.getparent()
        if level > LEVELS or parent is None or element.tag in ("body", "html"):
            break
        siblings = list(parent)
        here = siblings.index(element)
        kind = (element.tag, element.get("class"))
        # (A classless div is any div; another <article> is another article.)
        sections = bool(element.get("class") and element.tag != "article")
        found = [(n, s) for n, s in enumerate(siblings) if n != here and (
            sections and (s.tag, s.get("class")) == kind and _is_section(s, link_density, n < here, site)
            or n > here and _is_questions(s, link_density))]
        before = [s for n, s in found if n < here] + before  # (sections further out come first)
        after += [s for n, s in found if n > here]
    return before, after


_QUESTIONS_CLASS = re.compile(r"faq", re.I)


def _is_questions(element: lxml_html.HtmlElement, link_density: Callable[[lxml_html.HtmlElement], float]) -> bool:
    """The article's questions and answers after it ("Frequently Asked Questions", a box classed "faq")."""
    if element.tag in ("script", "style", "nav", "aside") or not isinstance(element.tag, str):
        return False
    named = _QUESTIONS_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}")
    if not named:
        heading = next(element.iter("h2", "h3", "h4"), None)
        if heading is None or not phrases("questions_headings").match(heading.text_content().strip()):
            return False
    return len(element.text_content()) >= MIN_PROSE and link_density(element) < MAX_LINK_DENSITY


def _is_section(element: lxml_html.HtmlElement, link_density: Callable[[lxml_html.HtmlElement], float],
                before_pick: bool = False, site: str = "") -> bool:
    # A headline after the pick opens the next article on an endless page; before it, this one's.
    if not before_pick and element.find(".//h1") is not None:
        return False
    # Teasers: "Related posts", "Read more" cards whose titles are links to the site's other pages.
    if any(_to_site(a, site) for h in element.iter("h2", "h3", "h4") for a in h.iter("a")):
        return False
    # (Links standing as titles, not links inside sentences of prose: "see our guide to the top 10
    # insurers" in an introduction.)
    if sum(1 for a in element.iter("a") if len(a.text_content().split()) >= 5 and not _in_prose(a)) >= 2:
        return False
    prose = sum(n for p in element.iter("p") if (n := len(p.text_content().strip())) >= PARAGRAPH)
    # (A list's items written as sentences are prose too: a section may make its points as a list.)
    items = sum(n for li in element.iter("li") if li.find(".//p") is None and li.find(".//li") is None
                and (n := len(li.text_content().strip())) >= PARAGRAPH)
    if prose < MIN_PROSE or prose + items < PROSE_SHARE * len(element.text_content()):
        return False
    return link_density(element) < MAX_LINK_DENSITY or unlinked_prose(element) >= PROSE_SHARE * prose


def _in_prose(link: lxml_html.HtmlElement) -> bool:
    """A link inside a paragraph that says more than its links."""
    paragraph = next(link.iterancestors("p"), None)
    return paragraph is not None and unlinked_prose(paragraph) >= PARAGRAPH


def unlinked_prose(element: lxml_html.HtmlElement) -> int:
    """Characters of the element's paragraphs outside their links."""
    return sum(len(p.text_content().strip()) - sum(len(a.text_content()) for a in p.iter("a"))
               for p in (element.iter("p") if element.tag != "p" else [element]))


def _to_site(link: lxml_html.HtmlElement, site: str) -> bool:
    """Whether a link goes to another page of the site (a teaser's title), not out to what an entry
    names (a brand's own site)."""
    host = urlsplit(link.get("href") or "").hostname
    return host is None or bool(site) and host.removeprefix("www.") == site.removeprefix("www.")
