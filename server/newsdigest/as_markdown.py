"""An article and its annotations as Markdown (for `show --format md`, and the digest's .md twins)."""

from __future__ import annotations

import re

from .hedges import mark_hedges
from .store import StoredArticle

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def escape_md(text: str) -> str:
    """Page text is data: escape what Markdown (or HTML inside it) would interpret."""
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def hedged_md(text: str) -> str:
    """A claim's text escaped, its hedges ("might", "reportedly") in italics."""
    return mark_hedges(text, escape_md, lambda hedge: f"_{escape_md(hedge)}_")


def article_markdown(stored: StoredArticle) -> str:
    a, ann = stored.article, stored.annotations
    lines = [f"# {escape_md(a.title or a.url)}", ""]
    meta = [escape_md(x) for x in (a.byline and f"By {a.byline}", a.site_name, a.published[:10]) if x]
    lines += [" · ".join(meta + [f"<{a.url}>"]), ""]
    key = [c for c in ann.claims if c.key]
    if key:
        lines += ["## Key claims", ""]
        lines += [f"- {hedged_md(c.text)} ({escape_md(c.claimant.name if c.claimant else 'the outlet')})"
                  for c in key]
        lines.append("")
    quotes = [q for q in ann.quotes if q.kind != "indirect"]
    if quotes:
        lines += ["## Who is quoted", ""]
        for q in quotes:
            who = (q.speaker.name or q.speaker.mention) if q.speaker else "unattributed"
            lines.append(f"- **{escape_md(who)}**: {escape_md(q.text)}")
        lines.append("")
    if ann.sources:
        lines += ["## Sources", ""]
        for s in ann.sources:
            desc = f", {escape_md(s.description)}" if s.description else ""
            lines.append(f"- {escape_md(s.name)} ({s.kind}{desc})")
        lines.append("")
    lines += ["## Text", ""]
    lines += [escape_md(p) + "\n" for p in a.paragraph_texts()]
    return "\n".join(lines).rstrip() + "\n"
