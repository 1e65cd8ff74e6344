"""Posts the article embeds (a tweet, a Bluesky or Mastodon post): the article quotes them, so they
are its text. The embed code writes each as a <blockquote> whose class names the network
(lexicons/embedded_posts.txt); readability deletes blocks so named ("tweet", "twitter" look unlikely
to it) and the furniture rules would too. Marking them under a neutral class keeps them."""

from __future__ import annotations

import functools

from lxml import html as lxml_html

from ..lexicon import lines

POST_CLASS = "nd-embedded-post"  # a class no page uses; the sanitizer drops classes from what we publish


@functools.cache
def _post_classes() -> frozenset[str]:
    return frozenset(lines("embedded_posts"))


def network_of(element: lxml_html.HtmlElement) -> str | None:
    """The network whose post the element is, by the class its embed code gives the blockquote."""
    if element.tag != "blockquote":
        return None
    classes = _post_classes()
    return next((name for name in (element.get("class") or "").split() if name in classes), None)


def mark_embedded_posts(tree: lxml_html.HtmlElement) -> int:
    """Give each embedded post's blockquote a neutral class (its network's goes to data-network);
    returns how many were found."""
    found = 0
    for quote in tree.iter("blockquote"):
        network = network_of(quote)
        if network is None:
            continue
        quote.set("class", POST_CLASS)
        quote.set("data-network", network)
        found += 1
    return found
