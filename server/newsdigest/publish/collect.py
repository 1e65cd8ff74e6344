"""The digest's reader: stored articles -> ArticleViews, and the people and outlets across them."""

from __future__ import annotations

import re

import markdown as markdown_lib

from ..annotate.people import similar
from ..as_markdown import article_markdown
from ..extract.sanitize import sanitize_html
from ..extract.urls import site_from_url
from ..highlight import highlight, paragraphs_html
from ..store import StoredArticle
from .model import (
    ArticleView,
    ClaimView,
    OutletView,
    PersonQuote,
    PersonView,
    QuoteView,
    SourceView,
    short_hash,
    slugify,
)


def article_view(stored: StoredArticle) -> ArticleView:
    a, ann = stored.article, stored.annotations
    kinds = {s.id: s.kind for s in ann.sources}
    anchors: dict[int, str] = {}
    quotes: list[QuoteView] = []
    seen: set[str] = set()
    for index, q in enumerate(ann.quotes):
        anchor = _unique(f"q-{short_hash(q.text)}", seen)
        anchors[index] = anchor
        if q.kind == "indirect":
            continue
        speaker = (q.speaker.name or q.speaker.mention) if q.speaker else ""
        kind = kinds.get(q.speaker.source_id or "", "") if q.speaker else ""
        quotes.append(QuoteView(anchor, q.text, q.kind, speaker, kind, speaker if kind == "person" else ""))
    claims = [ClaimView(_unique(f"c-{short_hash(c.text)}", seen), c.text, c.score,
                        c.claimant.name or c.claimant.mention if c.claimant else "", c.key)
              for c in ann.claims if c.key]
    site = a.site_name or site_from_url(a.url)
    note = next((c["note"] for c in stored.captures if c.get("note")), "")
    words = " ".join([a.title, site, a.byline, *(q.speaker for q in quotes), *(c.text for c in claims)])
    return ArticleView(
        search_words=" ".join(sorted(set(words.lower().split()))),
        id=stored.id, path=f"articles/{stored.id}.html", md_path=f"articles/{stored.id}.md",  # see article_paths
        title=a.title or a.url, url=a.url, site=site, site_slug=slugify(site), day=article_day(stored),
        published=a.published, byline=a.byline, description=a.description, tags=stored.tags,
        note_html=render_markdown(note) if note else "", updated_at=stored.updated_at,
        annotator_version=ann.annotator_version,
        quotes=quotes, claims=claims,
        sources=[SourceView(s.name, s.kind, s.named, s.description, s.quote_count) for s in ann.sources],
        counts=ann.counts(), content_hash=stored.content_hash, markdown=article_markdown(stored),
        text_html=paragraphs_html(highlight(a, ann), anchors),
    )


SUMMARY_FIELDS = ("id", "path", "md_path", "title", "url", "site", "site_slug", "day", "published", "byline",
                  "description", "tags", "updated_at", "annotator_version", "counts", "content_hash", "search_words")


def summary_of(view: ArticleView) -> dict:
    """What the site's lists need of an article (not its text): small, JSON, cacheable."""
    data = {name: getattr(view, name) for name in SUMMARY_FIELDS}
    data["quotes"] = [[q.anchor, q.text, q.kind, q.speaker, q.source_kind, q.person] for q in view.quotes]
    data["claims"] = [[c.anchor, c.text, c.score, c.claimant, c.key] for c in view.claims]
    data["sources"] = [[s.name, s.kind, s.named, s.description, s.quote_count] for s in view.sources]
    return data


def view_from_summary(data: dict) -> ArticleView:
    return ArticleView(
        **{name: data[name] for name in SUMMARY_FIELDS}, note_html="", text_html="",
        quotes=[QuoteView(*q) for q in data["quotes"]], claims=[ClaimView(*c) for c in data["claims"]],
        sources=[SourceView(*s) for s in data["sources"]],
    )


def article_day(stored: StoredArticle) -> str:
    published = stored.article.published
    if re.match(r"\d{4}-\d{2}-\d{2}", published):
        return published[:10]
    return stored.created_at[:10]


def render_markdown(text: str) -> str:
    """A user's Markdown (a note, the digest) as HTML, sanitized like any page content."""
    return sanitize_html(markdown_lib.markdown(text, extensions=["extra", "sane_lists"]))


def _unique(anchor: str, seen: set[str]) -> str:
    candidate, n = anchor, 2
    while candidate in seen:
        candidate, n = f"{anchor}-{n}", n + 1
    seen.add(candidate)
    return candidate


def collect_people(articles: list[ArticleView]) -> list[PersonView]:
    """One entry per person across articles: full names, surnames and variant spellings merged."""
    people: list[PersonView] = []
    by_surname: dict[str, list[PersonView]] = {}
    resolved: dict[str, PersonView] = {}  # the same names recur across articles: match each once
    descriptions: dict[int, dict[str, str]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        for quote in article.quotes:
            if not quote.person:
                continue
            if article.id not in descriptions:
                descriptions[article.id] = {s.name: s.description for s in article.sources}
            for name in _each_person(quote.person, descriptions[article.id]):
                person = resolved.get(name) or _match(name, by_surname)
                if person is None:
                    person = PersonView(name, "", "")
                    people.append(person)
                    by_surname.setdefault(_surname(name).lower()[:3], []).append(person)
                resolved[name] = person
                if name not in person.variants:
                    person.variants.append(name)
                    if len(name.split()) > len(person.name.split()):
                        person.name = name
                person.quotes.append(PersonQuote(article, quote))
                description = descriptions[article.id].get(name, "")
                if description and description not in person.descriptions:
                    person.descriptions.append(description)
    people.sort(key=lambda p: (_surname(p.name).lower(), p.name.lower()))
    slugs: set[str] = set()
    for person in people:
        person.slug = _unique(slugify(person.name), slugs)
        person.path = f"people/{person.slug}.html"
        person.quotes.sort(key=lambda pq: (pq.article.day, pq.article.id), reverse=True)
    return people


_JOINED = re.compile(r",\s+|\s+and\s+")


def _each_person(speaker: str, sources: dict[str, str]) -> list[str]:
    """The people a quote's speaker names: "Ada Quist and Tim Lee", who spoke together, are two, when the
    article lists each as a source; a name with "and" in it that no source splits into is one."""
    if speaker in sources:
        return [speaker]
    names = _JOINED.split(speaker)
    return names if len(names) > 1 and all(name in sources for name in names) else [speaker]


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else name


def _match(name: str, by_surname: dict[str, list[PersonView]]) -> PersonView | None:
    parts = name.split()
    for person in by_surname.get(_surname(name).lower()[:3], []):
        other = person.name.split()
        if not similar(_surname(person.name), _surname(name)):
            continue
        # "Schiff" joins "Adam Schiff"; "Adam Schiff" and "Adam Schiff" join; "Bill" and "Hillary Clinton" do not.
        if len(parts) == 1 or len(other) == 1 or parts[0].lower() == other[0].lower():
            return person
    return None


def collect_outlets(articles: list[ArticleView]) -> list[OutletView]:
    outlets: dict[str, OutletView] = {}
    for article in articles:
        outlet = outlets.get(article.site_slug)
        if outlet is None:
            outlet = outlets[article.site_slug] = OutletView(article.site, article.site_slug,
                                                             f"outlets/{article.site_slug}.html")
        outlet.articles.append(article)
    return sorted(outlets.values(), key=lambda o: (-len(o.articles), o.name.lower()))
