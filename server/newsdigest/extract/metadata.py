"""Page metadata from JSON-LD, OpenGraph, meta tags, <time> and the URL."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dateutil import parser as date_parser
from lxml import html as lxml_html

from .urls import site_from_url

ARTICLE_TYPES = ("Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle",
                 "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "WebPage")
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\-:\u00b7\u2022\u00bb]\s+")
_BY = re.compile(r"^\s*(by|von|par|por)\s+", re.I)


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
    site = _first(ld.get("publisher_name"), meta.get("og:site_name"), meta.get("application-name"),
                  site_from_url(url))
    title = _first(meta.get("og:title"), ld.get("headline"), meta.get("twitter:title"), _title_tag(tree))
    return Metadata(
        title=_strip_site_suffix(title, site),
        byline=_first(ld.get("author"), _author_meta(meta), _byline_in_page(tree)),
        published=_first(*(normalize_date(v) for v in (
            ld.get("datePublished"), meta.get("article:published_time"), meta.get("datepublished"),
            meta.get("pubdate"), meta.get("publish-date"), meta.get("date"), meta.get("dc.date"),
            meta.get("dc.date.issued"), meta.get("parsely-pub-date"), meta.get("sailthru.date"),
            meta.get("citation_publication_date"), _time_in_page(tree), ld.get("dateCreated"),
            meta.get("og:updated_time"), ld.get("dateModified"),
        ))),
        site_name=site,
        canonical_url=_first(_link(tree, "canonical"), meta.get("og:url"), ld.get("url")),
        language=_first(tree.get("lang"), meta.get("content-language"), ld.get("inLanguage"),
                        (meta.get("og:locale") or "").replace("_", "-")).split(",")[0].strip(),
        description=_first(meta.get("og:description"), meta.get("description"), ld.get("description")),
        image=_first(meta.get("og:image"), ld.get("image"), meta.get("twitter:image")),
    )


def _first(*values: Any) -> str:
    for value in values:
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


def _strip_site_suffix(title: str, site: str) -> str:
    """'Headline | The Site' -> 'Headline': drop a trailing or leading part that names the site."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = re.sub(r"\W+", "", site.lower()).removeprefix("www")
    for candidate in (parts[-1], parts[0]):
        key = re.sub(r"\W+", "", candidate.lower())
        if site_key and key and (key in site_key or site_key.startswith(key) or key.startswith(site_key)):
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


def _json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, str]:
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
        "author": ", ".join(_names(best.get("author") or best.get("creator"))),
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


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and not name.strip().startswith("http"):
            names.append(_BY.sub("", name.strip()))
    return list(dict.fromkeys(names))


def _author_meta(meta: dict[str, str]) -> str:
    for key in ("author", "article:author", "byl", "byline", "dc.creator", "parsely-author",
                "sailthru.author", "citation_author", "twitter:creator"):
        value = meta.get(key, "")
        if value and not value.startswith(("http", "@")):
            return _BY.sub("", value)
    return ""


def _byline_in_page(tree: lxml_html.HtmlElement) -> str:
    for element in tree.xpath(
        '//*[@rel="author" or @itemprop="author" or contains(@class, "byline") '
        'or contains(@class, "author-name") or contains(@class, "author")][not(ancestor::script)]'
    )[:20]:
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if 2 < len(text) < 100:
            return _BY.sub("", text)
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
    try:
        parsed = date_parser.parse(value, fuzzy=True, default=datetime(1, 1, 1))
    except (ValueError, OverflowError):
        return ""
    if parsed.year < 1990:
        return ""
    has_time = bool(re.search(r"\d{1,2}:\d{2}", value))
    return parsed.isoformat() if has_time else parsed.date().isoformat()
