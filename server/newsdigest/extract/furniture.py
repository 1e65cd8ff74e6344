"""Furniture inside the article's container that readability keeps: boxes the page names as such
(a share bar, a "related" list, a sponsor box: lexicons/furniture_names.txt) and lines that stand
alone ("Learn More", "Advertisement", "3 min read": lexicons/furniture_lines.txt), and the site's
copyright notice ("© 2025 Fenwick Gazette. All rights reserved."). Each is one walk
over the container's elements that reads no more than an element's names or its opening text,
until one looks like furniture."""

from __future__ import annotations

import functools
import re

from lxml import html as lxml_html

from ..lexicon import lines, phrases

BOXES = ("div", "section", "aside", "ul", "ol", "nav", "form", "footer", "header")  # never words in a line
WRAPPER_SHARE = 0.5  # of the article's text, above which an element so named is its wrapper
LINE_TAGS = ("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "span", "a", "button", "strong", "b")
_EMPHASIS = frozenset(("strong", "b"))  # (a line only when its block holds nothing else)
_INLINE = frozenset(("a", "span", "strong", "b", "em", "i", "small", "mark", "u"))
LINE_CHARS = 40  # furniture lines are short


def drop_furniture(content: lxml_html.HtmlElement, article_chars: int = 0) -> None:
    """Remove the furniture named or written out inside the article's container (or inside a section of
    the article read apart from it, article_chars long in all)."""
    _drop_named(content, article_chars)
    _drop_lines(content)
    _drop_teasers(content)
    _drop_notices(content)
    _drop_appeals(content)
    _drop_sign_ups(content)


@functools.cache
def name_pattern(lexicon: str = "furniture_names") -> re.Pattern[str]:
    """What a class, id or data-component holds as one of its parts, for a list of names of a kind of
    box (a word ending in * begins one)."""
    # (A hyphen in a name stands for an underscore too: "author-detail" is "author_detail_box"'s.)
    alternatives = ((re.escape(n[:-1]) + r"\w*" if n.endswith("*") else re.escape(n)).replace("\\-", "[_-]")
                    for n in lines(lexicon))
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(alternatives) + r")(?=$|[\s_-])", re.I)


def _drop_named(content: lxml_html.HtmlElement, article_chars: int = 0) -> None:
    # (A walk in Python asking each box for its names is faster here than libxml2's contains().)
    pattern = name_pattern()
    total = None
    for element in list(content.iter(*BOXES, "p")):  # ("p": readability writes a div of inline parts as one)
        if element is content or element.getparent() is None:
            continue
        key = element.get("id") or ""
        key = key if key.count("-") + key.count("_") < 3 else ""  # ("what-share-of-adolescents-...": a slug)
        name = " ".join(filter(None, (element.get("class"), key, element.get("data-component"))))
        if not name or not pattern.search(name):
            continue
        # (A box so named that holds most of the article is its wrapper: of the whole article, not of a
        # section read apart, "Home / News / ..." in a headline's box being most of that box.)
        total = max(article_chars, len(content.text_content())) if total is None else total
        if len(element.text_content()) <= WRAPPER_SHARE * total:
            element.drop_tree()


def _line_key(text: str) -> str:
    """Lowercase words without punctuation, every number written as #."""
    return " ".join(re.sub(r"\d+", "#", re.sub(r"[^\w\s]", " ", text.lower())).split())


@functools.cache
def _furniture_lines() -> frozenset[str]:
    return frozenset(_line_key(line) for line in lines("furniture_lines"))


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in _furniture_lines())


def _drop_lines(content: lxml_html.HtmlElement) -> None:
    furniture, first_words = _furniture_lines(), _first_words()
    for element in list(content.iter(*LINE_TAGS)):
        text = element.text  # what the element opens with: a line of furniture holds little else
        if not text or len(text) > LINE_CHARS or element.getparent() is None:
            continue
        words = text.split()
        if not words or re.sub(r"\d+", "#", words[0].lower().strip(":.")) not in first_words:
            continue
        whole = element.text_content()
        if len(whole) <= LINE_CHARS and _line_key(whole) in furniture and _alone_in_its_line(element, whole):
            element.drop_tree()


def _alone_in_its_line(element: lxml_html.HtmlElement, text: str) -> bool:
    """Whether an inline element is all its line holds ("<p><a><strong>Read Full Review</strong></a></p>"),
    not a word of a sentence ("<strong>Related</strong> stories ran all week")."""
    if element.tag not in _EMPHASIS:
        return True
    line = next((a for a in element.iterancestors() if a.tag not in _INLINE), None)
    return line is None or " ".join(line.text_content().split()) == " ".join(text.split())


TEASER_CHARS = 300  # a label and the title it links
TEASER_LINKS = 0.6  # of the text after the label, at least, in links


@functools.cache
def _teaser_label() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in lines("teaser_labels"))
    return re.compile(rf"\s*(?:{labels})\s*[:|\u2013\u2014\u00bb>-]\s*$", re.I)


def _drop_teasers(content: lxml_html.HtmlElement) -> None:
    """'Also read: <a>Meta's AI chief thinks ...</a>': a line that links another article under a label."""
    label = _teaser_label()
    for element in list(content.iter("p", "div", "li", "h3", "h4")):
        text = element.text
        if not text or len(text) > 40 or element.getparent() is None or not label.match(text):
            continue
        rest = len(element.text_content()) - len(text)
        links = sum(len(a.text_content()) for a in element.iter("a"))
        if 0 < rest <= TEASER_CHARS and links >= TEASER_LINKS * rest:
            element.drop_tree()


NOTICE_CHARS = 240  # a copyright notice is a line or two
# What a copyright notice opens with: the sign, or "Copyright" with the sign or a year (not a
# heading that is about copyright: "Copyright Complexity in a Fragmented World").
_NOTICE = re.compile(r"\s*(?:\u00a9|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:\u00a9|\(c\)|(?:19|20)\d\d))", re.I)


def _drop_notices(content: lxml_html.HtmlElement) -> None:
    """The site's copyright notice, where the page puts it inside the article's container: a short line
    that opens with one, or says "All rights reserved"."""
    for element in list(content.iter(*LINE_TAGS, "small")):
        text = element.text
        if not text or element.getparent() is None:
            continue
        if (_NOTICE.match(text) or "rights reserved" in text.lower()) and len(element.text_content()) <= NOTICE_CHARS:
            element.drop_tree()


APPEAL_CHARS = 600  # an appeal for support is a short paragraph
# An appeal to the reader to pay for the outlet's journalism ("If you're enjoying this article, consider
# supporting our award-winning journalism by subscribing", "Your donations keep our newsroom ..."): asking
# for support, naming the journalism, and speaking to the reader or for the outlet.
_APPEAL_ASK = re.compile(r"\b(?:subscri\w*|donat\w*|support\w*|membership)\b", re.I)
_APPEAL_OBJECT = re.compile(r"\b(?:journalism|newsroom)\b", re.I)
_APPEAL_PEOPLE = re.compile(r"\b(?:you|your|our|us)\b", re.I)


def _is_appeal(text: str) -> bool:
    return bool(_APPEAL_OBJECT.search(text) and _APPEAL_ASK.search(text))


def _drop_appeals(content: lxml_html.HtmlElement) -> None:
    """The outlet's appeal for support set inside the article, with the heading that announces it ("On
    supporting science journalism"). Read from each paragraph's opening text only (cheap on long pages)."""
    for element in list(content.iter("p")):
        text = element.text
        if not text or "ournalis" not in text and "ewsroom" not in text:
            continue  # (a look for the object's letters first: most paragraphs have neither)
        if element.getparent() is None or not _is_appeal(text) or not _APPEAL_PEOPLE.search(text) \
                or len(element.text_content()) > APPEAL_CHARS:
            continue
        heading = element.getprevious()
        if heading is not None and heading.tag in ("h2", "h3", "h4", "h5", "h6") and _is_appeal(heading.text_content()):
            heading.drop_tree()
        element.drop_tree()


SIGN_UP_MAX_WORDS = 30  # in a line asking the reader to sign up
_SIGN_UP_KEYWORDS = ("newsletter", "inbox", "mailing list")  # one of which every such line holds
# "Sign up for The Replay newsletter", "Subscribe To The Monthly Newsletter!": a call to sign up for mail.
_SIGN_UP_CALL = re.compile(r"\W*(?:sign up|subscribe|join)\b.*\b(?:newsletters?|inbox|mailing list)\b", re.I)


def _drop_sign_ups(content: lxml_html.HtmlElement) -> None:
    """A short line or heading asking the reader to sign up for the outlet's newsletter or mail
    (lexicons/sign_up_prompts.txt), not a sentence of the article about newsletters."""
    whole = content.text_content().lower()
    if not any(word in whole for word in _SIGN_UP_KEYWORDS):
        return  # (most articles never name one: one read of the text, then nothing)
    prompt = phrases("sign_up_prompts")
    for element in list(content.iter("p", "li", "h2", "h3", "h4", "h5", "h6")):
        if element.getparent() is None:
            continue
        text = element.text_content()
        if len(text.split()) <= SIGN_UP_MAX_WORDS and (prompt.search(text) or _SIGN_UP_CALL.match(text)):
            element.drop_tree()


TAXONOMY_WORDS = 25  # at most, in a line of tags or categories


@functools.cache
def _taxonomy_label() -> re.Pattern[str]:
    labels = sorted(lines("taxonomy_labels"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(label) for label in labels) + r")(?!\w)", re.I)


def is_taxonomy_line(text: str) -> bool:
    """'Tags: Employment, Mid-sized Businesses', 'Posted in Blockchain, Smart Contract': a short line
    opening with a label of the page's taxonomy (lexicons/taxonomy_labels.txt)."""
    return bool(_taxonomy_label().match(text)) and len(text.split()) <= TAXONOMY_WORDS
