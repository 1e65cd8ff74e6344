"""Extraction: a captured page -> an Article (main text, paragraph offsets, metadata, sanitized HTML).

`extract(capture)` is the stage's front door. The submodules each own one concern: parsing the
page (`page`), its metadata (`metadata`), the main text as blocks (`blocks`), furniture inside the
article's container (`furniture`), posts the article embeds (`posts`), its collapsed panels
(`collapsed`), sanitizing (`sanitize`)
and URLs (`urls`).
"""

from __future__ import annotations

import copy
import itertools
import logging
import re
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html
from readability import Document
from readability.readability import REGEXES

from ..models import Article, Capture, Figure, Paragraph
from .blocks import Block, blocks_from_element, blocks_from_text, is_table_figure, unwrap_inline_buttons
from .byline import is_author_bio, is_byline_line
from .collapsed import is_collapsed_panel, show
from .figures import find_figures
from .furniture import drop_furniture, is_taxonomy_line
from .metadata import read_metadata
from .page import PARSER, ExtractionError, parse_page
from .posts import mark_embedded_posts
from .sanitize import blocks_to_html, sanitize_html
from .segments import PARAGRAPH, split_segments, unlinked_prose
from .urls import canonical_url

EXTRACTOR_VERSION = "extract-1"

__all__ = ["EXTRACTOR_VERSION", "ExtractionError", "extract"]


# readability logs a traceback for every page it gives up on; we fall back and say why ourselves.
logging.getLogger("readability.readability").setLevel(logging.CRITICAL)


def extract(capture: Capture) -> Article:
    """Turn what the browser sent into an Article. Raises ExtractionError with a reason a user can read."""
    tree = parse_page(capture.html)
    meta = read_metadata(tree, capture.url)  # before stripping: JSON-LD lives in <script>
    figures: list[Figure] = []
    if capture.selection_html.strip() or capture.selection_text.strip():
        blocks = _selection_blocks(capture)
        content_html = blocks_to_html(blocks)
    else:
        if "ooltip" in capture.html:  # (most pages have none: looking costs a walk of the page)
            _drop_tooltips(tree)
        blocks, content_html = _main_content(_strip_never_content(tree), capture.url)
        unique = _without_repeats(blocks)
        if len(unique) < len(blocks):
            blocks, content_html = unique, blocks_to_html(unique)
        figures = find_figures(tree, capture.url, capture.html)
    blocks = _drop_repeated_title(blocks, meta.title or capture.title)
    # (The byline and date repeated in the body, and the page's tags, are no lines of the article.)
    blocks = [b for b in blocks if not (b.kind == "p" and (is_byline_line(b.text, meta.byline)
                                                           or is_taxonomy_line(b.text)))]
    blocks = _before_author_bio(blocks, meta.byline)
    if not blocks:
        raise ExtractionError("no article text found on the page", metadata=meta)
    text, paragraphs = _join(blocks)
    return Article(
        url=capture.url,
        canonical_url=canonical_url(meta.canonical_url or capture.url, capture.url),
        title=meta.title or capture.title.strip(),
        text=text,
        paragraphs=paragraphs,
        html=_published_html(content_html, meta.title or capture.title),  # links made absolute where parsed
        site_name=meta.site_name,
        byline=meta.byline,
        published=meta.published,
        language=meta.language,
        description=meta.description,
        image=meta.image,
        extractor_version=EXTRACTOR_VERSION,
        figures=figures,
    )


BIO_TAIL_BLOCKS = 3  # the last blocks of the text, where an author's bio may stand


def _before_author_bio(blocks: list[Block], byline: str) -> list[Block]:
    """The text without the author's bio at its end ("Jo Park is a freelance writer ..."), nor what
    follows it there (the bio box's links)."""
    if not byline:
        return blocks
    for k in range(max(1, len(blocks) - BIO_TAIL_BLOCKS), len(blocks)):
        if blocks[k].kind == "p" and is_author_bio(blocks[k].text, byline):
            return blocks[:k]
    return blocks


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


# Elements that hold no article text; stripped before readability sees the page, in place of its
# HTML cleaner (which took 40% of its time, mostly rewriting links).
# (Form controls stay: stripping them cost recall, as readability scores their neighbourhood.)
NEVER_CONTENT = ("script", "style", "template", "svg", "math", "link", "meta", "iframe", "object", "embed",
                 "canvas", etree.Comment, etree.ProcessingInstruction)


def _strip_never_content(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    etree.strip_elements(tree, *NEVER_CONTENT, with_tail=False)
    _unwrap_furniture_holding_the_page(tree)
    mark_embedded_posts(tree)
    return tree


# A tooltip's bubble: what shows on hover over a term ("competition" and its glossary entry), not what
# the term's sentence says (not the trigger around the term: "js-tooltip-trigger", "has-tooltip").
_TOOLTIP_CLASS = re.compile(r"tooltip[_-]?(?:content|text|bubble|body|inner)", re.I)
_MAY_BE_TOOLTIP = etree.XPath("//*[@role = 'tooltip' or contains(@class, 'ooltip')]")


def _drop_tooltips(tree: lxml_html.HtmlElement) -> None:
    for element in _MAY_BE_TOOLTIP(tree):
        if element.get("role") == "tooltip" or _TOOLTIP_CLASS.search(element.get("class") or ""):
            element.drop_tree()


WRAPPER_SHARE = 0.9  # of the page's prose that a nav, header, footer or aside holds when it wraps the page


def _unwrap_furniture_holding_the_page(tree: lxml_html.HtmlElement) -> None:
    """A <nav> or <header> left unclosed swallows the rest of the page, article and all: one that
    holds nearly all of the page's prose is not furniture, and is read as a plain <div>."""
    paragraphs = sum(1 for _ in tree.iter("p"))
    # Most pages have none that holds even half the paragraphs: counting them is cheap, reading is not.
    wrappers = [element for element in tree.iter("nav", "header", "footer", "aside")
                if 2 * sum(1 for _ in element.iter("p")) > paragraphs]
    if not wrappers:
        return
    lengths = {p: n for p in tree.iter("p") if (n := len(" ".join(p.text_content().split()))) >= 40}
    total = sum(lengths.values())
    for element in wrappers:
        if total and sum(lengths.get(p, 0) for p in element.iter("p")) > WRAPPER_SHARE * total:
            element.tag = "div"


# A table of data: two rows at least, under a fifth of its text in links. A list of the article's own:
# an item of 40 characters at least (pages that write each step as a list of its own), under 70% of its
# text in links (items that link a product's name and say more of it; a list of links is nearly all links).
DATA_TABLE_ROWS = 2
DATA_TABLE_LINKS = 0.2
OWN_LIST_ITEMS = 1
OWN_LIST_CHARS = 40
OWN_LIST_LINKS = 0.7


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_NAMED = etree.XPath("descendant::*[@class or @id]")
_KEEP_NAMED = frozenset(("html", "body", *_HEADINGS))  # whatever their class names say
_KEPT_HEADING = "nd-kept-"  # a tag name no page uses
_HEADING_BACK = re.compile(r"<(/?)" + _KEPT_HEADING + r"(h[1-6])\b")


# readability's measure of an element's text (its clean(): long runs of space cut, space around a
# newline and runs of spaces or tabs made one) with the patterns compiled once, and skipped when the
# text has nothing they change: readability compiles three on each call, for every link it weighs.
_LONG_SPACE = re.compile(r"\s{255,}")
_SPACE_AT_NEWLINE = re.compile(r"\s*\n\s*")
_SPACES = re.compile(r"\t|[ \t]{2,}")


def text_length(element: lxml_html.HtmlElement) -> int:
    """len(readability.readability.clean(text)) of the element's text: what readability counts."""
    text = element.text_content() or ""
    if "\n" in text or "\t" in text or "  " in text or len(text) >= 255 and _LONG_SPACE.search(text):
        text = _SPACES.sub(" ", _SPACE_AT_NEWLINE.sub("\n", _LONG_SPACE.sub(" " * 255, text)))
    return len(text.strip())


class _Readability(Document):
    """readability-lxml's scoring on a copy of the page we parsed (or of its article element),
    instead of parsing and cleaning it again. It asks for the page again when it retries less
    ruthlessly: each time a fresh copy."""

    def __init__(self, tree: lxml_html.HtmlElement, keep_hidden: bool = False, prose: int = 0, site: str = ""):
        super().__init__("")
        self.page = tree
        self.keep_hidden = keep_hidden
        self.prose = prose  # characters of the page's paragraphs
        self.segments: tuple[list[lxml_html.HtmlElement], list[lxml_html.HtmlElement]] = ([], [])
        self.body: lxml_html.HtmlElement | None = None
        self.site = site  # the page's host: a link to it is to another of its pages

    def get_article(self, candidates: dict, best_candidate: dict, html_partial: bool = False) -> lxml_html.HtmlElement:
        # Before readability moves its pick out of the page: the other sections of a split body.
        self.segments = split_segments(best_candidate["elem"], self.get_link_density, self.site)
        self.body = _named_body(best_candidate["elem"])  # (before readability moves it)
        article = super().get_article(candidates, best_candidate, html_partial)
        # (What readability took in as well, a sibling of its pick, is no section of its own.)
        self.segments = tuple([e for e in part if not any(a is article for a in e.iterancestors())]
                              for part in self.segments)
        return article

    def get_link_density(self, elem: lxml_html.HtmlElement) -> float:
        """readability's: the share of the element's text in its links."""
        return sum(map(text_length, elem.iterfind(".//a"))) / max(text_length(elem), 1)

    def get_preserved_elements(self, node: lxml_html.HtmlElement) -> dict:
        """readability's cleanup keeps these: its own (tables of contents, quote leads), and the
        article's tables of data (a training plan, a comparison of prices) and lists of its own words,
        with what holds them, which its conditional cleaning deletes as comma-poor or link-rich boxes,
        and the boxes that hold a heading alone (deleted as too short, "Pricing" in its div)."""
        allowed = super().get_preserved_elements(node)
        tables = ((t, DATA_TABLE_LINKS) for t in self.tags(node, "table") if len(t.findall(".//tr")) >= DATA_TABLE_ROWS)
        lists = ((e, OWN_LIST_LINKS) for e in self.tags(node, "ul", "ol")
                 if len(e.findall("li")) >= OWN_LIST_ITEMS and len(e.text_content()) > OWN_LIST_CHARS)
        for heading in node.iter(*(_KEPT_HEADING + h for h in _HEADINGS)):  # (a heading's box is the heading)
            child, holder = heading, heading.getparent()
            while holder is not None and holder is not node and len(holder) == 1 \
                    and not (holder.text or "").strip() and not (child.tail or "").strip():
                allowed[holder] = True
                child, holder = holder, holder.getparent()
        for element, most_links in itertools.chain(tables, lists):
            if self.get_link_density(element) < most_links:
                allowed[element] = True
                for holder in element.iterancestors():
                    if holder is node:
                        break
                    allowed[holder] = True
        return allowed

    def sanitize(self, node: lxml_html.HtmlElement, candidates: dict, keep_all_images: bool = False) -> str:
        """readability's cleanup of its pick, without its first step: deleting every heading whose text
        is a link or whose class looks negative, which drops a listicle's linked entries ("1. Harvard
        Business School") with the article's own subheads. The headings go through under another
        name and get theirs back in the HTML it returns."""
        for heading in list(node.iter(*_HEADINGS)):
            heading.tag = _KEPT_HEADING + heading.tag
        return _HEADING_BACK.sub(r"<\1\2", super().sanitize(node, candidates, keep_all_images))

    def remove_unlikely_candidates(self) -> None:
        """readability's deletion of every element whose class or id looks unlikely ("comment", "header",
        "sidebar"), less words inside a paragraph, elements that are a good part of the article and
        headings (a section's heading classed "header-anchor"; a box of furniture goes with its heading)."""
        unlikely, maybe = REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"]
        for element in _NAMED(self.html):  # (those with a class or id, found by libxml2: most have neither)
            names = f"{element.get('class', '')} {element.get('id', '')}"
            if len(names) < 2 or not unlikely.search(names) or maybe.search(names) or element.tag in _KEEP_NAMED:
                continue
            if element.xpath("ancestor-or-self::pre | ancestor-or-self::code | descendant-or-self::main"
                             " | descendant-or-self::article | descendant-or-self::math"):
                continue  # (readability's own exceptions)
            if not (_is_words_in_prose(element, names) or _is_article_part(element, self.prose)
                    or _is_head_of_prose(element, names)):
                element.drop_tree()

    def _parse(self, input: object) -> lxml_html.HtmlElement:
        doc = PARSER.makeelement("html")
        if self.page.tag == "html":
            body = self.page.find("body")
            doc.append(copy.deepcopy(body if body is not None else self.page))  # the head is never read
        else:  # the page's article element alone
            etree.SubElement(doc, "body").append(copy.deepcopy(self.page))
        etree.strip_elements(doc, "footer", with_tail=False)  # (nav and aside: some pages' text is in them)
        body = doc.find(".//body")
        comments = [e for e in _MAY_BE_COMMENTS(body) if _is_comments(e)] if body is not None else []
        for element in comments:
            element.drop_tree()
        if self.keep_hidden:
            return doc
        # readability's own rule, what is hidden is not read, less an accordion's panels (the article's,
        # hidden until the reader opens them).
        for element in doc.xpath("//*[@hidden]"):
            show(element) if is_collapsed_panel(element) else element.drop_tree()
        for element in doc.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(element.get("style")):
                show(element) if is_collapsed_panel(element) else element.drop_tree()
        return doc


# Words inside a paragraph (a citation's number in brackets, a term's link) whose class looks unlikely
# ("footers", "sidebar-link"): deleted, they are cut out of their sentence. A footnote's mark may go:
# kept, it glues its number to the word before ("Siemens.1").
_INLINE_WORDS = frozenset({"a", "span", "sup", "sub", "em", "strong", "b", "i", "small", "abbr", "cite", "mark", "q"})


def _is_words_in_prose(element: lxml_html.HtmlElement, names: str) -> bool:
    return element.tag in _INLINE_WORDS and "footnote" not in names.lower() and bool(element.xpath("ancestor::p"))


def _is_head_of_prose(element: lxml_html.HtmlElement, names: str) -> bool:
    """A part named a header for no other reason ("listicle-header", "accordion-item-header") that holds
    a paragraph of prose: the head of a list or a section, not the page's (a logo, a menu, a title)."""
    return "header" in names.lower() and element.tag != "header" \
        and {m.lower() for m in REGEXES["unlikelyCandidatesRe"].findall(names)} == {"header"} \
        and unlinked_prose(element) >= PARAGRAPH


# An element as long as half the page's paragraph text, nearly free of links, and mostly lists, tables
# or code (an accordion of the article's options, a comparison) is part of the article whatever its
# class says ("kt-pane-header-alignment-left"): what is not paragraphs is not recovered with the page's
# paragraphs afterwards.
ARTICLE_PART_SHARE = 0.5  # (with under UNLINKED_SHARE of its text in links)


def _is_article_part(element: lxml_html.HtmlElement, prose: int) -> bool:
    text = len(element.text_content())
    if not prose or text < ARTICLE_PART_SHARE * prose or element.find(".//p") is None:
        return False
    paragraphs = sum(len(p.text_content()) for p in element.iter("p"))
    return paragraphs < text / 2 and sum(len(a.text_content()) for a in element.iter("a")) < UNLINKED_SHARE * text


# Names of an element that holds the article's body ("entry-content", "field-name-body", "post-content"):
# readability's pick may be one of its parts when the rest are not paragraphs.
_BODY_NAME = re.compile(r"(?:^|[\s_-])(?:body|content|entry|article|post|story|text)(?:$|[\s_-])", re.I)
BODY_LEVELS = 4  # how far above readability's pick the body's element may sit
BODY_MORE = 1.3  # at least this many times its pick's text ...
BODY_GROWTH = 5.0  # ... and at most this many
BODY_GAIN = 1.2  # and read whole when it reads this much more than the pick (with few links: UNLINKED_SHARE)


def _named_as_body(element: lxml_html.HtmlElement) -> bool:
    """An <article>, schema.org's articleBody, or a class or id naming the body ("entry-content")."""
    return element.tag == "article" or element.get("itemprop") == "articleBody" \
        or bool(_BODY_NAME.search(f"{element.get('class', '')} {element.get('id', '')}"))


def _named_body(best: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """A copy of the nearest element above readability's pick named as the article's body, when it
    holds more than the pick (a third more at least, unless the pick is in a figure), not many times more."""
    size = len(best.text_content())
    # (A pick inside a figure, a table's wrapper, is no article however much it holds: its body is read.)
    in_figure = best.tag == "figure" or next(best.iterancestors("figure"), None) is not None
    for level, ancestor in enumerate(best.iterancestors()):
        if level >= BODY_LEVELS or ancestor.tag in ("body", "html"):
            return None
        if _named_as_body(ancestor):
            text = len(ancestor.text_content())
            if (BODY_MORE * size < text or in_figure and size < text) and text <= BODY_GROWTH * size:
                return copy.deepcopy(ancestor)
            return None
    return None


def _main_content(tree: lxml_html.HtmlElement, url: str) -> tuple[list[Block], str]:
    blocks, html = _readable(tree, url, keep_hidden=False)
    found = sum(len(b.text) for b in blocks)
    if found < READ_HIDDEN_BELOW:
        # Pages whose scripts render into a wrapper marked hidden until they run: read it too.
        unhidden, unhidden_html = _readable(tree, url, keep_hidden=True)
        if sum(len(b.text) for b in unhidden) > found:
            blocks, html, found = unhidden, unhidden_html, sum(len(b.text) for b in unhidden)
    if found < 80:
        body = tree.find("body")
        fallback = blocks_from_element(body if body is not None else tree)
        if sum(len(b.text) for b in fallback) > found:
            return fallback, blocks_to_html(fallback)
    return blocks, html


READ_HIDDEN_BELOW = 200  # characters of text, under which hidden parts of the page are read as well


def _readable(tree: lxml_html.HtmlElement, url: str, keep_hidden: bool) -> tuple[list[Block], str]:
    """readability's pick, or the page's paragraphs when it kept too little of them."""
    paragraph_elements = _paragraph_elements(tree, keep_hidden)
    paragraphs = [Block(text) for _, text in paragraph_elements]
    reader = _Readability(_scope(tree, paragraph_elements), keep_hidden, sum(len(t) for _, t in paragraph_elements),
                          urlsplit(url).hostname or "")
    try:
        summary = reader.summary(html_partial=True)
        content = lxml_html.fragment_fromstring(summary, create_parent="div")
        drop_furniture(content)
        unwrap_inline_buttons(content)
        blocks = blocks_from_element(content)
        if url:
            content.make_links_absolute(url, resolve_base_href=False, handle_failures="discard")
        summary = lxml_html.tostring(content, encoding="unicode")
    except RecursionError as exc:
        raise ExtractionError("the page is nested too deeply to read") from exc
    except Exception:  # readability gives up on some pages; the visible text is the fallback
        blocks, summary = [], ""
    # (A paragraph the page repeats, for another layout of the same article, counts once.)
    prose = sum(len(text) for text in {b.text for b in paragraphs})
    if sum(len(b.text) for b in blocks) < RECOVER_BELOW * prose:
        # readability kept one container of a body split across several, or the wrong one.
        recovered = _around_paragraphs(paragraph_elements, keep_hidden) or paragraphs
        return recovered, blocks_to_html(recovered)
    # (All of the article's text, its pick's and its sections': what a box of furniture is small beside.)
    article_chars = sum(len(b.text) for b in blocks) + sum(len(e.text_content()) for part in reader.segments
                                                           for e in part)
    before, after = ([b for element in part for b in _content_blocks(element, keep_hidden, article_chars)]
                     for part in reader.segments)
    if before or after:  # the other sections of a body split across containers of one kind
        html = (blocks_to_html(before), summary, blocks_to_html(after))
        blocks, summary = before + blocks + after, "\n".join(part for part in html if part)
    elif reader.body is not None:  # the pick is a part of the body's element, whose other parts are no paragraphs
        # (Few links in what would be read: a table of contents is no sign of menus, and no article text.)
        cleaned = _without_furniture(reader.body, keep_hidden)
        _drop_contents(cleaned)
        whole = blocks_from_element(cleaned)
        if sum(len(b.text) for b in whole) > BODY_GAIN * sum(len(b.text) for b in blocks) \
                and _link_share(cleaned) < UNLINKED_SHARE:
            blocks, summary = whole, blocks_to_html(whole)
    found = sum(len(b.text) for b in blocks)
    if found < COMPLETE_SHARE * prose:
        # Trusted, yet short of the page's prose: a container of all of it, clean of links, reads more.
        around = _around_paragraphs(paragraph_elements, keep_hidden, kept=found)
        if sum(len(b.text) for b in around) > found:
            return around, blocks_to_html(around)
    return blocks, summary


COMPLETE_SHARE = 0.8  # of the page's paragraph text, under which readability's pick may be incomplete
RECOVERED_GROWTH = 1.3  # of the paragraphs' text, that their common container may hold and be read whole ...
RECOVERED_GROWTH_UNLINKED = 4.0  # ... or this much, when no more than UNLINKED_SHARE of its text is links
UNLINKED_SHARE = 0.1
# ... or this much, when nearly none of it is (an article written mostly as lists of tips or steps, its
# few paragraphs only the lead-ins: a wrapper of menus and teasers is never so free of links).
RECOVERED_GROWTH_NO_LINKS = 10.0
NO_LINKS_SHARE = 0.02


def _around_paragraphs(paragraphs: list[tuple[lxml_html.HtmlElement, str]], keep_hidden: bool,
                       kept: int = 0) -> list[Block]:
    """The page's paragraphs with the headings and lists between them: the smallest element that
    holds them all, without its furniture, when it holds little more than they do. kept: characters
    of it already read (readability's pick); then only when few of the others are links."""
    if not paragraphs:
        return []
    # The common ancestor, walking up from each paragraph only to where the others meet (linear in
    # the page even when it is nested thousands of levels deep).
    chain = list(paragraphs[0][0].iterancestors())  # the first paragraph's, from its parent up
    height = {element: h for h, element in enumerate(chain)}
    top = 0
    for element, _ in paragraphs[1:]:
        for ancestor in element.iterancestors():
            if ancestor in height:
                top = max(top, height[ancestor])
                break
    container = chain[top] if chain else None
    if container is None or container.tag in ("body", "html"):
        return []
    cleaned = _without_furniture(container, keep_hidden)
    blocks = blocks_from_element(cleaned)
    found = sum(len(b.text) for b in blocks)
    prose = sum(len(text) for _, text in paragraphs)
    if found <= RECOVERED_GROWTH * prose and not kept:
        return blocks
    # Much more than its paragraphs, and read whole only if the rest is the article's own lists,
    # tables and headings (few links), not menus and teasers.
    links = _link_share(cleaned, kept)
    if found <= RECOVERED_GROWTH_UNLINKED * prose and links <= UNLINKED_SHARE \
            or found <= RECOVERED_GROWTH_NO_LINKS * prose and links <= NO_LINKS_SHARE:
        return blocks
    return []


CONTENTS_LINKS = 3  # at least, in a table of contents ...
CONTENTS_SHARE = 0.8  # ... that are this much of its text


def _drop_contents(element: lxml_html.HtmlElement) -> None:
    """Drop the tables of contents inside: lists of links, each to a part of the page itself. (A walk
    from the top that reads each outermost list once, however deep the page is nested.)"""
    stack = list(element)
    while stack:
        inner = stack.pop()
        if inner.tag not in ("ul", "ol"):
            stack.extend(inner)
            continue
        links = list(inner.iter("a"))
        inside = [a for a in links if _to_this_page(a)]
        if len(inside) >= CONTENTS_LINKS and len(inside) == len(links) \
                and sum(len(a.text_content()) for a in links) >= CONTENTS_SHARE * len(inner.text_content()):
            inner.drop_tree()


def _to_this_page(link: lxml_html.HtmlElement) -> bool:
    """A link to a part of the page itself ("#step-3")."""
    return (link.get("href") or "").startswith("#")


def _link_share(element: lxml_html.HtmlElement, kept: int = 0) -> float:
    """The share of its text in links, of what is not already kept (taken to hold no links). Links to
    the page's own parts (a table of contents) lead nowhere else and do not count."""
    away = (a for a in element.iter("a") if not _to_this_page(a))
    return sum(len(a.text_content()) for a in away) / max(1, len(element.text_content()) - kept)


def _content_blocks(element: lxml_html.HtmlElement, keep_hidden: bool, article_chars: int = 0) -> list[Block]:
    return blocks_from_element(_without_furniture(element, keep_hidden, article_chars))


def _without_furniture(element: lxml_html.HtmlElement, keep_hidden: bool, article_chars: int = 0
                       ) -> lxml_html.HtmlElement:
    """A copy of an element without its furniture, comments and (unless kept) hidden parts."""
    element = copy.deepcopy(element)
    for inner in [e for e in _MAY_BE_FURNITURE(element) if _is_furniture(e, keep_hidden)]:
        inner.drop_tree()
    drop_furniture(element, article_chars)
    return element


RECOVER_BELOW = 0.4  # share of the page's paragraph text under which readability's pick is not trusted
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "header", "form", "figure", "script", "noscript"})


def _is_comments(element: lxml_html.HtmlElement) -> bool:
    """A section of readers' comments: #comments, .comment-list, .comments-area (not .commentary, nor
    an article flagged .has-comments: a state, not a section)."""
    key, names = element.get("id") or "", element.get("class") or ""
    return ((key.startswith("comment") or "comments" in names or "comment-list" in names or "commentlist" in names)
            and not ("commentar" in key or "commentar" in names or "has-comments" in names))


def _is_furniture(element: lxml_html.HtmlElement, keep_hidden: bool) -> bool:
    return element.tag in FURNITURE_TAGS and not is_table_figure(element) or _is_comments(element) or (
        not keep_hidden and element.get("hidden") is not None)


# What _is_comments and _is_furniture may say yes to, found by libxml2 in one pass (asking Python of
# every element took longer than readability's own cleaning on long pages); they decide the rest.
_MAY_BE_COMMENTS = etree.XPath("descendant::*[contains(@id, 'comment') or contains(@class, 'comment')]")
_MAY_BE_FURNITURE = etree.XPath(
    "descendant::*[" + " or ".join(f"self::{tag}" for tag in sorted(FURNITURE_TAGS))
    + " or @hidden or contains(@id, 'comment') or contains(@class, 'comment')]")


def _in_furniture(element: lxml_html.HtmlElement, keep_hidden: bool,
                  known: dict[lxml_html.HtmlElement, bool]) -> bool:
    """Whether an ancestor of the element is furniture; known remembers the ancestors already seen
    (paragraphs share most of theirs), so a page's paragraphs cost about one walk of the page."""
    path = []
    ancestor = element.getparent()
    inside = False
    while ancestor is not None:
        if ancestor in known:
            inside = known[ancestor]
            break
        path.append(ancestor)
        if _is_furniture(ancestor, keep_hidden):
            inside = True
            break
        ancestor = ancestor.getparent()
    for seen in path:  # below a furniture ancestor (or one known to be inside): inside too
        known[seen] = inside
    return inside


def _paragraph_elements(tree: lxml_html.HtmlElement, keep_hidden: bool = False
                        ) -> list[tuple[lxml_html.HtmlElement, str]]:
    """The page's paragraphs of prose (40 characters or more), in reading order, outside furniture."""
    found = []
    body = tree.find("body") if tree.tag == "html" else None
    known: dict[lxml_html.HtmlElement, bool] = {}
    for element in (body if body is not None else tree).iter("p"):
        if _in_furniture(element, keep_hidden, known):
            continue
        text = " ".join(element.text_content().split())
        if len(text) >= 40:
            found.append((element, text))
    return found


SCOPE_SHARE = 0.8  # of the page's prose that a <main> or <article> must hold to be read alone


def _scope(tree: lxml_html.HtmlElement, paragraphs: list[tuple[lxml_html.HtmlElement, str]]) -> lxml_html.HtmlElement:
    """The page's <main> or <article> that holds nearly all of its prose, else the whole page:
    readability reads less, and the furniture around the article cannot be picked."""
    total = sum(len(text) for _, text in paragraphs)
    if not total:
        return tree
    lengths = {element: len(text) for element, text in paragraphs}
    best, best_size = tree, None
    for element in tree.xpath("//main | //article | //*[@role='main']"):
        inside = sum(lengths.get(p, 0) for p in element.iter("p"))
        if inside >= SCOPE_SHARE * total:
            size = sum(1 for _ in element.iter())
            if best_size is None or size < best_size:
                best, best_size = element, size
    return best  # readability copies it


REPEAT_CHARS = 60  # a paragraph this long met twice may be the page repeating itself ...
REPEATED_SHARE = 0.2  # ... and is when copies make up this share of the text (not a plan's "Warm up" each week)


def _without_repeats(blocks: list[Block]) -> list[Block]:
    """The blocks less second copies of long paragraphs when the page laid its article out more than
    once (copies make up a good share of the text); a few repeats of the writer's own are kept."""
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = " ".join(block.text.split())
        if len(key) >= REPEAT_CHARS and key in seen:
            continue
        seen.add(key)
        kept.append(block)
    copies = sum(len(b.text) for b in blocks) - sum(len(b.text) for b in kept)
    return kept if copies >= REPEATED_SHARE * sum(len(b.text) for b in blocks) else blocks


def _drop_repeated_title(blocks: list[Block], title: str) -> list[Block]:
    """The headline is metadata; a copy of it at the top of the body is not article text."""
    if blocks and title and blocks[0].kind.startswith("h") and blocks[0].text.strip() == title.strip():
        return blocks[1:]
    return blocks


_H1 = re.compile(r"<(/?)h1\b")  # in HTML lxml wrote: a "<" in text or an attribute is escaped
_LEADING_HEADING = re.compile(r"\s*<h2>(.*?)</h2>\s*", re.S)


def _published_html(content_html: str, title: str) -> str:
    """The article's sanitized HTML: the page's top-level headings as the article's (h2), without
    the headline at its top, which is metadata (as in the text)."""
    html = sanitize_html(_H1.sub(r"<\1h2", content_html))
    lead = _LEADING_HEADING.match(html)
    # (Parsed under a parent: a heading holding paragraphs parses as several elements, whose words
    # text_content() runs together, so the words are compared without their spaces.)
    if lead and title and "".join(lxml_html.fragment_fromstring(lead.group(0), create_parent="div")
                                  .text_content().split()) == "".join(title.split()):
        html = html[lead.end() :]
    return html


def _join(blocks: list[Block]) -> tuple[str, list[Paragraph]]:
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += 2  # the blank line between paragraphs
        text = f"{block.marker} {block.text}" if block.marker else block.text  # "- one", "2. two"
        paragraphs.append(Paragraph(offset, offset + len(text), block.kind))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), paragraphs

