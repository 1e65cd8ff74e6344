"""Who wrote the article: the byline from structured data, meta tags and the page, people before
organizations, and only text that reads as names."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from lxml import html as lxml_html

from ..lexicon import lines, words
from .blocks import blocks_from_element

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|der|la|da|bin|al))*"
_BY_LINE = re.compile(rf"^\s*(?:(?:written|posted|authored)\s+)?by\s*:?\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)", re.I)
# A label alone in its element, the name in the next one: <p>Written by</p><p>Jo Park</p>.
# Far from the headline only the explicit forms count: an author box's "Written by Jo Park".
_WRITTEN_BY = re.compile(
    rf"^\s*(?:written|article|posted|authored)\s+by\s*:?\s*({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)?\s*$", re.I)
_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
_BY_LABEL = re.compile(r"^\s*(?:(?:(?:written|posted|authored|reported|words)\s+)?by|authors?)\s*:?\s*$", re.I)
_TEMPLATE = re.compile(r"^[a-z_]+(?:\.[a-z_]+)+$|\{\{|\$\{")
_AUTHOR_ELEMENTS = ('//body//*[@rel="author" or @itemprop="author" or contains(@class, "byline") '
                    'or contains(@class, "author")][not(ancestor::script)]')
_IN_COMMENTS = "ancestor-or-self::*[contains(@class, 'comment') or contains(@id, 'comment')]"
META_KEYS = ("author", "article:author", "byl", "byline", "dc.creator", "parsely-author", "sailthru.author",
             "citation_author", "twitter:creator")


def byline(people: list[str], organizations: list[str], meta: dict[str, str], tree: lxml_html.HtmlElement,
           near_headline: Callable[[], list[str]], site_names: Iterable[str]) -> str:
    """The authors' names: the structured data's people, else a meta tag's name, else the byline the
    page shows; an organization (or the site itself) named as author only when no person is."""
    sites = [_key(name) for name in site_names if _key(name)]
    if [p for p in people if not _names_a_group(p, sites)]:
        return join_names(people)
    organizations = [*people, *organizations]  # the site, or a team of it, named as author
    from_meta = next((v for v in (clean_byline(meta.get(k, "")) for k in META_KEYS)
                      if v and not re.search(r"\d", v)), "")
    if from_meta and not _names_a_group(from_meta, sites):
        return from_meta
    return (_byline_in_page(tree, near_headline()) or _written_by_anywhere(tree) or from_meta
            or join_names(organizations))


def join_names(names: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B and C'."""
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}" if names else ""


def clean_byline(value: str) -> str:
    """'Written By:Cazzy MagennisLast Updated:August 1, 2025' -> 'Cazzy Magennis'; '' for non-names."""
    value = re.sub(r"\s+", " ", value).strip()
    value = re.sub(r"(?i)^(?:(?:written|posted|authored|reviewed|published|words)\s+by|by|author)\b\s*:?\s*", "", value)
    value = re.split(r"(?i)\s*(?:\||\u2022|\u00b7|last updated|updated|published|posted on)\s*|(?="
                     + MONTH + r"\.?\s+\d{1,2},?\s+\d{4})|\s+\d{1,2}\s+" + MONTH, value)[0].strip(" ,:-")
    if not value or _TEMPLATE.search(value) or value.startswith(("http", "@")) or len(value) > 120 \
            or value.lower().rstrip(".,") in _placeholders():
        return ""
    return value


@functools.cache
def _placeholders() -> frozenset[str]:
    return frozenset(lines("byline_placeholders"))


def looks_like_names(text: str) -> bool:
    """Names, not a sentence, a date or a handle: a few words, most of them capitalized, no digits."""
    if not text or re.search(r"\d|[!?;]|[a-z]{3}\.$", text):
        return False
    tokens = re.findall(r"[^\s,&]+", text)
    if any(t.lower() in words("byline_furniture") for t in tokens):
        return False  # "View Full Profile", "Follow": an author box's links
    joiners = words("name_particles") | words("list_conjunctions")
    significant = [t for t in tokens if t.lower() not in joiners]
    if not 1 <= len(tokens) <= 14 or not significant:
        return False
    return sum(t[0].isupper() for t in significant) >= 0.6 * len(significant)


def _byline_in_page(tree: lxml_html.HtmlElement, near_headline: list[str]) -> str:
    for element in tree.xpath(_AUTHOR_ELEMENTS)[:20]:
        if element.xpath(_IN_COMMENTS):  # commenters are not the authors
            continue
        # (A link's first block: "<div>Joakim Edin</div><div>Research & Development</div>" must not glue.)
        links = [clean_byline(next((b.text for b in blocks_from_element(a)), "")) for a in element.iter("a")]
        names = [name for name in links if looks_like_names(name)]
        if len(names) > 1:  # one link per author
            return join_names(names)
        texts = [t for t in element.itertext() if t.strip()]
        # Each text alone before all of them: "Liza Burke" + "Marketing Director" must not glue.
        for candidate in [*names, *texts[:3], " ".join(texts)]:
            text = clean_byline(candidate)
            if looks_like_names(text):
                return text
    near = [text for text in near_headline if text.strip()][:60]
    for index, text in enumerate(near):
        match = _BY_LINE.match(text)
        found = clean_byline(match.group(1)) if match else ""
        if not found and _BY_LABEL.match(text) and index + 1 < len(near):
            found = clean_byline(near[index + 1])
        if looks_like_names(found):
            return found
    return ""


def _written_by_anywhere(tree: lxml_html.HtmlElement) -> str:
    texts = [t for t in tree.xpath(_VISIBLE_TEXT) if t.strip()]
    for index, text in enumerate(texts):
        match = _WRITTEN_BY.match(text)
        if not match:
            continue
        found = clean_byline(match.group(1) or (texts[index + 1] if index + 1 < len(texts) else ""))
        if looks_like_names(found):
            return found
    return ""


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.lower()).removeprefix("www")


def _names_a_group(name: str, sites: list[str]) -> bool:
    """'USA TODAY' names usatoday.com, 'Everfit Team' a team; 'Jo Park' does not name jopark.com (a
    personal site is named after its author, who is then a person all the same)."""
    if set(re.findall(r"[a-z]+", name.lower())) & words("byline_groups"):
        return True
    key = _key(name)
    return bool(key) and any(key == site or site.startswith(key) and len(name.split()) == 1 or key.startswith(site)
                             for site in sites)


# A line of the body that only repeats who wrote the article and when: "By Jo Park", "Written by Jo Park
# and Al Lee", "By Jo Park | March 12, 2025 · 3 min read", "Updated March 12, 2025 at 9:02 AM".
BYLINE_LINE_CHARS = 120
_LINE_LABEL = re.compile(r"^\s*(?:(?:(?:written|posted|authored|reported|reviewed|words)\s+)?by|authors?)\s*:?\s+",
                         re.I)
# A date as pages show it: "March 12, 2025", "12th March 2025", "2025-03-12", "12.03.2025".
SHOWN_DATE = re.compile(
    rf"\b(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d{{2}})\b",
    re.I,
)
_LINE_REST = re.compile(
    r"(?i)\b(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+[a-z]{2,4}\b)?|\d+\s+min(?:ute)?s?\s+read|on|at|last|"
    r"updated|published|posted|modified|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b"
    r"|[\s|\u2022\u25cf\u00b7,.:\u2013\u2014-]+")


def _only_date_left(text: str) -> bool:
    """Whether nothing but dates, times, a reading time, their labels and separators is left."""
    return not _LINE_REST.sub("", SHOWN_DATE.sub("", text)).strip()


def is_byline_line(text: str, byline: str) -> bool:
    """A block of the body that repeats the byline or the date (furniture, not article text)."""
    text = " ".join(text.split())
    if not text or len(text) > BYLINE_LINE_CHARS:
        return False
    if byline and text == byline:
        return True
    label = _LINE_LABEL.match(text)
    if label is None:
        return bool(SHOWN_DATE.search(text)) and _only_date_left(text)
    names = re.sub(r"\s+(?:at|on)$", "", clean_byline(text))  # "Posted by David at December 16, 2025"
    rest = text[label.end() :]
    if names and rest.startswith(names) and looks_like_names(names):
        known = {w.lower() for w in re.findall(r"\w+", byline)}
        rest = rest[len(names) :]
        if len(names.split()) < 2 and not known & {w.lower() for w in re.findall(r"\w+", names)} \
                and not SHOWN_DATE.search(rest):
            return False  # "By Audience", a heading, unless it names the author or a date follows
    elif not SHOWN_DATE.search(rest):
        return False
    return _only_date_left(rest)


# What follows the author's name when a paragraph is the author's bio: "Jo Park is a freelance writer
# ...", "Jo has written for ...", "Jo Park started the blog in 2010".
_BIO_VERB = re.compile(r"\s+(?:is\s+(?:a|an|the)|has\s+(?:been|written|over|more)|started|writes|covers)\b")


def is_author_bio(text: str, byline: str) -> bool:
    """A paragraph that opens with the name of one of the byline's people (or their first name) and
    says who they are: the author's bio, not the article's text."""
    for name in re.split(r",\s*|\s+and\s+|\s*&\s*", byline):
        parts = name.split()
        if len(parts) < 2 or not looks_like_names(name):
            continue  # (a person's name: "Recharged", a company's byline, may open its own pitch)
        for start in (name, parts[0]):
            if text.startswith(start) and _BIO_VERB.match(text, len(start)):
                return True
    return False
