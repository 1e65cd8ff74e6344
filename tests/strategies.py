"""Hypothesis strategies for hostile input: HTML pages and texts built from the pieces that break
parsers and annotators (quote marks of every kind, nesting, entities, scripts, odd encodings)."""

from __future__ import annotations

from hypothesis import strategies as st

TAGS = ["p", "div", "span", "article", "section", "h1", "h2", "li", "ul", "blockquote", "figure", "figcaption",
        "script", "style", "nav", "aside", "footer", "a", "b", "i", "br", "table", "td", "svg", "math", "iframe",
        "template", "noscript", "time", "meta", "title", "html", "body", "head"]
ATTRS = ["class", "id", "hidden", "style", "onclick", "href", "src", "datetime", "lang", "itemprop", "rel"]
WORDS = ["said", "says", "told", "according to", "the", "official", "Mr.", "Sen.", "he", "she", "they", "who",
         "Zelensky", "Zelenskyy", "President", "U.S.", "“", "”", '"', "‘", "’", "«", "»", "''", "``", ":", ",",
         ".", "?", "!", "—", "–", "-", "(", ")", "\n", "\n\n", " ", "&amp;", "&#x201c;", "&nbsp;", "<", ">",
         "\u2028", "\x00", "\ufeff", "é", "日本", "🙂", "A", "Aaa", "PENCE:", "2024-03-05", "$4 million"]

text_pieces = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=120).map(" ".join)


@st.composite
def html_pages(draw) -> str:
    parts = []
    depth = 0
    for _ in range(draw(st.integers(0, 80))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            tag = draw(st.sampled_from(TAGS))
            names = draw(st.lists(st.sampled_from(ATTRS), max_size=3))
            attrs = "".join(f' {a}="{draw(text_pieces)[:40]}"' for a in names)
            parts.append(f"<{tag}{attrs}>")
            depth += 1
        elif choice == 1 and depth:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
            depth -= 1
        else:
            parts.append(draw(text_pieces))
    return "".join(parts)
