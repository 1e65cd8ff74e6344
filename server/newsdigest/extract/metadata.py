"""Page metadata from JSON-LD, OpenGraph, meta tags, <time> and the URL."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dateutil import parser as date_parser
from lxml import etree
from lxml import html as lxml_html

from .blocks import blocks_from_element
from .byline import SHOWN_DATE, byline, clean_byline
from .posts import network_of
from .urls import site_from_url

ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "WebPage")
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\-:\u00b7\u2022\u00bb]\s+")


@dataclass
class Metadata:
    title: str = ""
    byline: str = ""
    published: str = ""
    site_name: str = ""
    canonical_url: str = ""
    language: str = ""
    description: str = ""
    image: str = ""


def read_metadata(tree: lxml_html.HtmlElement, url: str) -> Metadata:
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    near = functools.cache(lambda: _texts_near_headline(tree, 200))  # read once, if at all
    site = _first(ld.get("publisher_name"), meta.get("og:site_name"), meta.get("application-name"),
                  site_from_url(url))
    declared = [meta.get("og:title"), ld.get("headline"), meta.get("twitter:title"), _title_tag(tree)]
    return Metadata(
        title=_tidy(_choose_title(_headlines(tree), [_strip_site_suffix(_first(t), site) for t in declared], site)),
        byline=byline(ld.get("authors", []), ld.get("author_organizations", []), meta, tree, near,
                      [site, ld.get("publisher_name", ""), site_from_url(url)]),
        published=_first(*(lambda v=v: normalize_date(v() if callable(v) else v) for v in (
            _url_date(url), lambda: _shown_unless_updated(near(), ld.get("datePublished")
                                                          or meta.get("article:published_time")),
            ld.get("datePublished"),
            meta.get("article:published_time"), meta.get("datepublished"),
            meta.get("pubdate"), meta.get("publish-date"), meta.get("date"), meta.get("dc.date"),
            meta.get("dc.date.issued"), meta.get("parsely-pub-date"), meta.get("sailthru.date"),
            meta.get("citation_publication_date"), lambda: _publish_meta(meta), lambda: _time_in_page(tree),
            ld.get("dateCreated"), meta.get("og:updated_time"), ld.get("dateModified"),
            lambda: _labelled_date(tree),
        ))),
        site_name=site,
        canonical_url=_first(_link(tree, "canonical"), meta.get("og:url"), ld.get("url")),
        language=_first(tree.get("lang"), meta.get("content-language"), ld.get("inLanguage"),
                        (meta.get("og:locale") or "").replace("_", "-")).split(",")[0].strip(),
        description=_first(meta.get("og:description"), meta.get("description"), ld.get("description")),
        image=_first(meta.get("og:image"), ld.get("image"), meta.get("twitter:image")),
    )


def _first(*values: Any) -> str:
    """The first non-empty string; a callable is called only when every value before it was empty."""
    for value in values:
        if callable(value):
            value = value()
        if isinstance(value, str) and value.strip():
            return re.sub(r"\s+", " ", value).strip()
    return ""


def _meta_tags(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop")
               or element.get("http-equiv") or "").strip().lower()
        value = element.get("content") or element.get("datetime") or ""
        if key and value.strip() and key not in found:
            found[key] = value.strip()
    return found


def _link(tree: lxml_html.HtmlElement, rel: str) -> str:
    for element in tree.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            return element.get("href") or ""
    return ""


def _title_tag(tree: lxml_html.HtmlElement) -> str:
    element = tree.find(".//title")
    return element.text_content() if element is not None else ""


HEADLINE_WORDS = 25  # at most: more is a description set in the h1 ("Learn which renovations ... We'll help ...")


def _headlines(tree: lxml_html.HtmlElement) -> list[str]:
    """The headlines the reader may see: the page's h1s (those inside the article or main content
    when there are any), not logos or stray words, at most three."""
    candidates = tree.xpath("//article//h1 | //main//h1 | //*[@role='main']//h1") or tree.xpath("//h1")
    found = []
    for element in candidates[:3]:
        if element.xpath("ancestor::nav | ancestor::footer | ancestor::aside | ancestor::*[@hidden]"):
            continue
        if element.xpath(".//a[starts-with(@href, '#')]"):
            continue  # a section's heading with its permalink anchor (written from a "# heading"), no headline
        text = " ".join(block.text for block in blocks_from_element(element))  # "(US)<br>Your" keeps its space
        if 3 <= len(text.split()) <= HEADLINE_WORDS and len(text) <= 300:
            found.append(text)
    return found


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _significant(text: str) -> set[str]:
    """Its words but the articles: "The Beginner's Guide" says what "Beginner's Guide" does."""
    return _words(text) - {"the", "a", "an"}


def _agreement(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:!?])(?=\s|$)")


def _tidy(title: str) -> str:
    """"these 10 travel hacks ." -> "these 10 travel hacks.": a space pages leave before a closing mark."""
    return _SPACE_BEFORE_MARK.sub(r"\1", title)


def _choose_title(headlines: list[str], declared: list[str], site: str) -> str:
    """The visible headline when it is this page's: of the h1s, the one that agrees best (shares a
    quarter of its words or more) with a title the page declares (OpenGraph, JSON-LD, Twitter,
    <title>); else the first declared title. A title that is only the site's name counts for
    neither. Of a headline and the declared title it agrees with, when one holds all the other's
    words (but its articles), the fuller one ("8 Recent Trends in Photography" over "Recent Trends in
    Photography")."""
    site_words = _words(site)
    declared = [t for t in declared if t and not _words(t) <= site_words] or [t for t in declared if t]
    headlines = [h for h in headlines if not _words(h) <= site_words]
    if not headlines:
        return declared[0] if declared else ""
    if not declared:
        return headlines[0]
    agreement, headline, meta_title = max(
        ((_agreement(_words(h), _words(t)), -i, -j), h, t)
        for i, h in enumerate(headlines) for j, t in enumerate(declared))  # ties: the earlier ones
    if agreement[0] < 0.25:
        return declared[0]
    if headline.isupper():
        return meta_title  # not shouted, and as the page names itself ("WEEKEND CODING AGENT", "SUPPORTING GAAP ...")
    if _significant(headline) < _words(meta_title) and not any(
            _significant(part) == _significant(headline) for part in _TITLE_SEPARATORS.split(meta_title)):
        return meta_title  # fuller, unless the rest is a part of its own ("Headline - Site's tagline")
    return headline


def _strip_site_suffix(title: str, site: str) -> str:
    """'Headline | The Site' -> 'Headline': drop a trailing or leading part that names the site."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = re.sub(r"\W+", "", site.lower()).removeprefix("www")
    # A site known only by its host name: a part whose words are all the host's ("Rust Blog" of
    # blog.rust-lang.org).
    host_words = set(re.split(r"[.\-]", site.lower())) if "." in site and " " not in site else set()
    for candidate in (parts[-1], parts[0]):
        key = re.sub(r"\W+", "", candidate.lower())
        named = bool(host_words) and set(re.findall(r"\w+", candidate.lower())) <= host_words
        if site_key and key and (key in site_key or site_key.startswith(key) or key.startswith(site_key) or named):
            rest = parts[:-1] if candidate is parts[-1] else parts[1:]
            return " - ".join(rest).strip() if len(rest) > 1 else rest[0].strip()
    return title


def _json_ld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type") or []
    return [kind] if isinstance(kind, str) else [k for k in kind if isinstance(k, str)]


def _json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    best: dict[str, Any] | None = None
    for obj in _json_ld_objects(tree):
        types = _types(obj)
        # Prefer a real article over a generic WebPage.
        if any(t in ARTICLE_TYPES for t in types) and (
            best is None or ("WebPage" in _types(best) and "WebPage" not in types)
        ):
            best = obj
    if best is None:
        return {}
    publisher = best.get("publisher")
    out = {
        "headline": _text(best.get("headline") or best.get("name")),
        "authors": _names(best.get("author") or best.get("creator"), people=True),
        "author_organizations": _names(best.get("author") or best.get("creator"), people=False),
        "datePublished": _text(best.get("datePublished")),
        "dateCreated": _text(best.get("dateCreated")),
        "dateModified": _text(best.get("dateModified")),
        "publisher_name": ", ".join(_names(publisher))[:200],
        "description": _text(best.get("description")),
        "inLanguage": _text(best.get("inLanguage")),
        "url": _url(best.get("mainEntityOfPage")) or _text(best.get("url")),
        "image": _url(best.get("image")),
    }
    return {k: v for k, v in out.items() if v}


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return value if isinstance(value, str) else ""


def _url(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or ""
    return value if isinstance(value, str) else ""


def _names(value: Any, people: bool | None = None) -> list[str]:
    """Names of the objects in `value`: only people (or what is not typed), or only organizations."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if people is not None and isinstance(item, dict):
            organization = any(t in ("Organization", "NewsMediaOrganization", "Corporation") for t in _types(item))
            if organization == people:
                continue
        elif people is False:
            continue
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and clean_byline(name):
            names.append(clean_byline(name))
    return list(dict.fromkeys(names))


def _texts_near_headline(tree: lxml_html.HtmlElement, count: int, before: int = 25) -> list[str]:
    """Visible text nodes from a little before the page's headline (dates and bylines sit there):
    from `before` nodes ahead of the first node that reads as the headline's first one does. Read in
    one walk of the page (an XPath test of every text node's ancestors took longer)."""
    headline = tree.xpath("(//article//h1 | //main//h1 | //h1)[1]")
    first = next(iter(headline[0].xpath(".//text()")), None) if headline else None
    body = tree.find("body")
    texts: list[str] = []
    start = None
    hidden = 0  # depth inside elements whose text is never shown

    def add(text: str | None, element: lxml_html.HtmlElement) -> None:
        nonlocal start
        if text is not None and not hidden:
            if start is None and first is not None and text == first:
                start = len(texts)
            texts.append(_Text(text, element))

    for event, element in etree.iterwalk(body if body is not None else tree, events=("start", "end", "comment", "pi")):
        if len(texts) >= MAX_TEXT_NODES or start is not None and len(texts) >= start + count:
            break
        if event in ("comment", "pi"):  # its text is never shown; what follows it is
            add(element.tail, element)
            continue
        # (A post the article embeds shows its own date and author, not the article's.)
        never_shown = element.tag in NOT_SHOWN_TAGS or network_of(element) is not None
        if event == "start":
            hidden += never_shown
            add(element.text, element)
        else:
            hidden -= never_shown
            if element is not body:
                add(element.tail, element)
    begin = max(0, start - before) if start is not None else 0
    return texts[begin : begin + count]


MAX_TEXT_NODES = 5000
NOT_SHOWN_TAGS = frozenset({"script", "style", "noscript", "nav", "footer"})  # their text is never shown


class _Text(str):
    """A text node's string that knows its element, as lxml's XPath strings do (getparent())."""

    def __new__(cls, text: str, element: lxml_html.HtmlElement) -> _Text:
        made = super().__new__(cls, text)
        made.element = element
        return made

    def getparent(self) -> lxml_html.HtmlElement:
        return self.element


# A date anywhere on the page that says what it is ("Posted on April 13, 2023", "Updated: 10/31/2024").
_LABELLED_DATE = re.compile(rf"\b(?:posted|published|updated|date)(?:\s+on)?\s*:?\s*({SHOWN_DATE.pattern})", re.I)
_NOT_SHOWN = " or ".join(f"ancestor::{tag}" for tag in sorted(NOT_SHOWN_TAGS))


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?:[/+_-]|$)", re.I)


def _url_date(url: str) -> str:
    """A full date in the address (/2025/11/24/ or /2025-12-15-...): the day the page was made."""
    match = _URL_DATE.search(url)
    return " ".join(match.groups()) if match else ""


_UPDATED = re.compile(r"\b(?:updated?|modified|revised|edited|refreshed|reviewed)\b", re.I)


def _shown_date_and_label(near_headline: list[str]) -> tuple[str, str]:
    """The date shown near the headline, and the text it stands in with the two texts before it
    (where its label is: "Updated", "Published")."""
    for i, text in enumerate(near_headline):
        parent = text.getparent()
        date = ""
        if parent is not None and parent.tag == "time" and parent.get("datetime"):
            date = parent.get("datetime")
        else:
            match = SHOWN_DATE.search(text)
            date = match.group(0) if match else ""
        if date:
            return date, " ".join(near_headline[max(0, i - 2) : i + 1])
    return "", ""


def _shown_unless_updated(near_headline: list[str], declared: str | None) -> str:
    """The date shown near the headline, unless it is labelled as an update and later than the
    publication date the page declares (JSON-LD, article:published_time)."""
    shown, label = _shown_date_and_label(near_headline)
    if not shown or not declared or not _UPDATED.search(label):
        return shown
    shown_day, declared_day = normalize_date(shown)[:10], normalize_date(declared)[:10]
    return declared if shown_day and declared_day and shown_day > declared_day else shown


def _publish_meta(meta: dict[str, str]) -> str:
    """A meta tag of the site's own naming for the date ('w-published-date', 'published')."""
    return next((v for k, v in meta.items() if "publish" in k and "publisher" not in k), "")


def _labelled_date(tree: lxml_html.HtmlElement) -> str:
    for text in tree.xpath(f"//body//text()[not({_NOT_SHOWN})]"):
        match = _LABELLED_DATE.search(text)
        if match:
            return match.group(1)
    return ""


def _time_in_page(tree: lxml_html.HtmlElement) -> str:
    for element in tree.iter("time"):
        value = element.get("datetime") or ""
        if value.strip():
            return value
    return ""


def normalize_date(value: str | None) -> str:
    """Any date a page publishes -> ISO 8601 ('2022-02-25' or '2022-02-25T14:03:00+00:00')."""
    if not value or not value.strip():
        return ""
    value = value.strip()
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # a Unix timestamp, seconds or milliseconds
        return datetime.fromtimestamp(int(value[:10])).date().isoformat()
    numeric = re.fullmatch(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})", value)
    if numeric:  # 23.07.2025 is day first; 10/31/2024 month first, unless the first can only be a day
        first, separator, second, year = numeric.groups()
        day_first = separator == "." or int(first) > 12
        day, month = (first, second) if day_first else (second, first)
        try:
            return datetime(int(year), int(month), int(day)).date().isoformat()
        except ValueError:
            return ""
    try:
        parsed = date_parser.parse(value, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return ""
    if parsed.year < 1990:
        return ""
    has_time = bool(re.search(r"\d{1,2}:\d{2}", value))
    return parsed.isoformat() if has_time else parsed.date().isoformat()
