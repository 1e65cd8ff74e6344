"""Sentences and quote marks: the text-level units the annotators work on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import lines, words
from ..models import Paragraph, Span
from .spans import index_containing
from .tokens import FINITE_WORDS

OPENERS = "\u201c\u00ab\u201e"
CLOSERS = "\u201d\u00bb"
STRAIGHT = '"'
DOUBLED = "''"  # two apostrophes for a double mark, as wire and archive text write it: ''We lost,'' he said
# Not after a sentence's or a clause's mark, nor after an article: "published in the  New England Journal".
_FLAT_BREAK = r" {3,}|(?<![.?!,;:\"'\u201d\u2019])(?<!\bthe)(?<!\b[Aa])(?<!\ban)  (?=[A-Z])"
_LIST_MARKER = re.compile(r"(?:[-*\u2022\u2013]|\d{1,3}[.)])[ \t]+")
# A dateline opening a story: a place (in capitals, or followed by a news agency), maybe a date, then
# a dash ("WASHINGTON (Reuters) - ", "LOS ANGELES, Feb. 2 (UPI) — ", "PORTLAND, Maine - ") or, after
# the agency, the story ("Hong Kong (CNN) A prominent official ...").
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3})(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?"
    r"(?P<agency> \([A-Za-z. ]{2,30}\)| /[A-Za-z]+/)?(?:\s*[-\u2013\u2014]{1,2}\s+|(?<=\))\s+)(?=[A-Z\"\u201c])")


def _dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _DATELINE.match(text, start, end)
    if m is None or not (m.group("agency") or m.group("place").split()[0].isupper() and len(m.group("place")) > 2):
        return None
    return m


_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(]*([A-Za-z]+)")
# A sentence ends at its punctuation, or at a line break inside a paragraph (a <br>: a signature, a list's
# line) unless the next line goes on in lowercase (a hard-wrapped line). (The second is read only in a
# paragraph that has a line break: tried at every character, it doubled the time of the split.)
_BOUNDARY = re.compile(r"[.?!\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]{0,2}[A-Z0-9])")
_BOUNDARY_OR_LINE = re.compile(_BOUNDARY.pattern + r"|(?<=\S)(?=[^\S\n]*\n\s*[^\sa-z])")
_DOTTED = re.compile(r"(\w\.)+\w")  # "U.S", "a.m": an abbreviation's letters before its last period


# A nickname in quotes between a given name and a surname: Marcia "Cia" Price, Dwayne “The Rock” Johnson.
# (The pattern starts at the quote mark: most of a text's words are no nickname's neighbours.)
_NICKNAME = re.compile(r"[\"\u201c][A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}[\"\u201d] "
                       r"(?=[A-Z][a-z'\u2019-]+\b(?! [A-Z]))")  # (a title-case headline goes on in capitals)
_HIDDEN = "\u00a0"  # no word, no quote mark, no break: the name's two parts stay one run of capitals


def mask_nicknames(text: str) -> str:
    """The text with each nickname written in quotes inside a name blanked out (offsets kept): it is
    no quotation, and the name around it is one person's."""
    parts, cursor = [], 0
    for m in _NICKNAME.finditer(text):
        space = m.start() - 1
        before = text[text.rfind(" ", 0, space) + 1 : space] if text[space : m.start()] == " " else ""
        if before[:1].isupper() and before[1:].isalpha() and before[1:].islower():  # a given name
            start, end = m.start(), m.end() - 1
            parts += [text[cursor:start], _HIDDEN * (end - start)]
            cursor = end
    return "".join([*parts, text[cursor:]]) if parts else text


@cache
def _credit() -> re.Pattern[str]:
    agencies = "|".join(re.escape(a) for a in sorted(lines("photo_agencies"), key=len, reverse=True))
    name = r"[A-Z](?:[\w'\u2019-]+|\.)(?: [A-Z](?:[\w'\u2019-]+|\.)){0,3}"  # Evan Vucci, J. Scott Applewhite
    return re.compile(
        rf"(?:\((?:{agencies})(?: Photo)?/{name}\)"  # (AP Photo/Evan Vucci)
        rf"|(?:{agencies})(?: Photo)?/{name}"  # Associated Press/Efrem Lukatsky
        rf"|{name} (?:via|for|/) (?:{agencies})"  # Scott Olson via Getty Images
        rf"|(?:Photo|Photograph|Image|Credit|Photo credit)s?: [^.!?]{{1,80}})"  # Photo: Jo Park/Reuters
        r"[.)]?\s*$")


_AFTER_SENTENCE = re.compile(r"[.!?\"\u201d)]\s+$")
CREDIT_REACH = 120  # characters a credit line runs to at most


def caption_paragraphs(text: str, paragraphs: list[Paragraph]) -> list[Span]:
    """Paragraphs that end with a photo credit standing alone ("... in Kyiv. Associated Press/Efrem
    Lukatsky", lexicons/photo_agencies.txt): captions clipped along with the text, no part of the
    story. A credit inside a sentence ("... a Reuters/Ipsos poll.") makes none."""
    captions = []
    for p in paragraphs:
        tail = text[max(p.start, p.end - CREDIT_REACH) : p.end]
        if "/" not in tail and " via " not in tail and " for " not in tail and ":" not in tail:
            continue  # (what every credit form holds)
        # The credit is the paragraph's last sentence, or all of it, and short: most paragraphs end
        # in a sentence too long to be one.
        last = max(text.rfind(". ", p.start, p.end - 1), text.rfind("? ", p.start, p.end - 1),
                   text.rfind("! ", p.start, p.end - 1))
        start = last + 2 if last != -1 else p.start
        if p.end - start > CREDIT_REACH:
            continue
        m = _credit().search(text, start, p.end)
        if m and (m.start() == p.start or _AFTER_SENTENCE.search(text, max(p.start, m.start() - 3), m.start())):
            captions.append((p.start, p.end))
    return captions


@dataclass
class Segment:
    """A stretch of text between a pair of double quote marks; span includes the marks."""

    span: Span
    paragraph: int
    closed: bool = True
    continued: bool = False  # a multi-paragraph quote goes on in the next paragraph


def paragraphs_of(text: str) -> list[Paragraph]:
    """Blank lines separate paragraphs; lines do when there is no blank line, and when there is no line
    at all, runs of three or more spaces, or two before a capital after a block that ends with no
    punctuation (text flattened from a page keeps its breaks that way: "Adverse Events  Most were mild")."""
    separator = r"\n\s*\n" if re.search(r"\n\s*\n", text) else r"\n" if "\n" in text else _FLAT_BREAK
    out, start = [], 0
    for match in re.finditer(separator, text):
        if text[start : match.start()].strip():
            out.append(_trimmed(text, start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append(_trimmed(text, start, len(text)))
    return out


def _trimmed(text: str, start: int, end: int) -> Paragraph:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Paragraph(start, end)


STRAY_AFTER = 600  # characters: an unclosed quotation running longer than this to its paragraph's end
MAX_STRAYS = 3  # stray marks passed over in a paragraph; each costs a scan to its end, so the count is bounded


# Where a quotation may open; the scan jumps from one to the next (an article is mostly other letters).
_MAY_OPEN = re.compile(f"[{OPENERS}{STRAIGHT}]|{DOUBLED}")
# What a curly quotation's close is looked for among.
_MARKS = re.compile(f"[{OPENERS}{CLOSERS}{STRAIGHT}]")


def find_segments(text: str, paragraphs: list[Paragraph]) -> list[Segment]:
    segments: list[Segment] = []
    for index, para in enumerate(paragraphs):
        i, strays = para.start, 0
        while i < para.end:
            candidate = _MAY_OPEN.search(text, i, para.end)
            if candidate is None:
                break
            i = candidate.start()
            ch = text[i]
            doubled = ch == "'" and text.startswith(DOUBLED, i) and _opens(text, i, para.start) \
                and not text[i + 2 : i + 3].isspace()
            is_open = ch in OPENERS or doubled or (ch == STRAIGHT and _opens(text, i, para.start))
            if not is_open:
                i += 1
                continue
            close = _find_close(text, i, para.end)
            if close is None:
                nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                continued = nxt is not None and (text[nxt.start] in OPENERS + STRAIGHT
                                                 or text.startswith(DOUBLED, nxt.start))
                if not continued and para.end - i > STRAY_AFTER and strays < MAX_STRAYS:
                    strays += 1  # a mark nothing closes, far from its paragraph's end: a stray one
                    i += 1
                    continue
                segments.append(Segment((i, para.end), index, closed=False, continued=continued))
                break
            segments.append(Segment((i, close + 1), index))
            i = close + 1
    return segments


def _opens(text: str, i: int, start: int) -> bool:
    return i == start or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-/:"


NESTED_PAIRS = 3  # pairs of straight marks passed over inside a straight quotation, at most


def _straight_close(text: str, i: int, end: int) -> int:
    """The straight mark that closes the one at i, past any pair of straight marks quoted inside
    ('"... the shift from "application consumption" to AI-as-a-Service," said Houssaini', '... every
    employee ("seats") to ...'): a mark after a space or a bracket and before a letter opens; -1 when
    none closes."""
    first = j = text.find(STRAIGHT, i + 1, end)
    for _ in range(NESTED_PAIRS):  # (a few: a paragraph of stray marks must stay linear)
        if j == -1 or not ((text[j - 1].isspace() or text[j - 1] in "([{") and text[j + 1 : j + 2].isalnum()):
            break
        inner = text.find(STRAIGHT, j + 1, end)
        if inner == -1:
            return first  # (an opening that nothing closes: the first mark closes, as before)
        j = text.find(STRAIGHT, inner + 1, end)
    else:
        return first
    return j if j != -1 else first


_CURLY_HANDING_OVER = re.compile(r"(?<=[,?!.])\u201d(?=\s|$)")


def _find_close(text: str, i: int, end: int) -> int | None:
    opener = text[i]
    if text.startswith(DOUBLED, i):
        j = text.find(DOUBLED, i + 2, end)
        return j + 1 if j != -1 else None
    if opener == STRAIGHT:
        j = _straight_close(text, i, end)
        if j == -1:  # '"people with eating disorders should also avoid fasting,” adds Longo': a curly mark closes it
            curly = _CURLY_HANDING_OVER.search(text, i + 1, end)
            # (not one that closes a quotation of its own inside: '"... “Shark Tank.” But ...')
            j = curly.start() if curly is not None and "\u201c" not in text[i + 1 : curly.start()] else -1
        return j if j != -1 else None
    depth = 0
    for mark in _MARKS.finditer(text, i + 1, end):
        j = mark.start()
        ch = text[j]
        if ch in OPENERS and depth == 0 and text[j - 1] in ",?!." and (j + 1 == end or text[j + 1].isspace()):
            # '“... for her here,“ said Jim Ek': an opening mark typed for the closing one (none opens before a space)
            return j
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            if depth == 0:
                return j
            depth -= 1
        elif ch == STRAIGHT and depth == 0 and text[j - 1] in ",?!" and text[j + 1 : j + 2].isspace():
            return j  # '“Our roads are crumbling," she said': a straight mark that hands over closes it
    return None


def inner_span(text: str, segment: Segment) -> Span:
    """What stands between the segment's marks (a doubled mark is two characters wide)."""
    s, e = segment.span
    start = s + (2 if text.startswith(DOUBLED, s) else 1)
    if not segment.closed:
        return start, e
    return start, e - (2 if text[e - 2 : e] == DOUBLED else 1)


def before_close(text: str, end: int) -> str:
    """The character before the closing mark of a quotation that ends at `end`."""
    k = end - (3 if text[end - 2 : end] == DOUBLED else 2)
    return text[k] if k >= 0 else ""


def split_sentences(text: str, paragraphs: list[Paragraph], protected: list[Span]) -> list[Span]:
    """Sentence spans; never split inside a protected span (a quotation with its own sentences)."""
    abbreviations, final, openers = words("abbreviations"), words("final_abbreviations"), words("sentence_openers")
    sentences: list[Span] = []
    for para in paragraphs:
        # "- ", "2. ": the list item's, not its sentence's; "WASHINGTON (Reuters) - ": the story's.
        marker = _LIST_MARKER.match(text, para.start, para.end) or _dateline(text, para.start, para.end)
        start = marker.end() if marker else para.start
        boundary = _BOUNDARY_OR_LINE if text.find("\n", start, para.end) != -1 else _BOUNDARY
        for match in boundary.finditer(text, start, para.end):
            end = match.end()
            if end <= start:  # (the line break right after a sentence's own end)
                continue
            inside = index_containing(protected, match.start())
            if inside is not None and protected[inside][0] < match.start() and end < protected[inside][1]:
                continue
            token = text[max(para.start, match.start() - 12) : match.start()].split()[-1:] or [""]
            word = token[0].lower().strip("(\"'\u201c")
            if match.group() and (word in abbreviations or len(word) == 1 and word.isascii() and word.isalpha()
                                  or _DOTTED.fullmatch(word)):
                after = _NEXT_WORD.match(text, end) if word in final else None
                if after is None or after.group(1).lower() not in openers:  # "the U.S. While ..." ends one
                    continue
            sentences.append((start, end))
            start = end
            while start < para.end and text[start].isspace():
                start += 1
        if start < para.end:
            sentences.append((start, para.end))
    return sentences


_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
                          "from", "as", "vs", "via", "per"})
# (Searched for, not looked up word by word: most sentences have one, and are done with at once.)
_FINITE = re.compile(r"\b(?:" + FINITE_WORDS + r")\b")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
TITLE_CASE_SHARE = 0.8  # of its words (but the small ones) capitalized ...
TITLE_CASE_WORDS = 2  # ... of this many at least


def in_title_case(sentence: str) -> bool:
    """'Choose Boring Technology (2015) by Dan McKinley', 'The Ultimate Harbor Bundle 2025', 'Now 20%
    Off': below the headline, a line in title case names a work, a product or a section."""
    if _FINITE.search(sentence):  # "RE+ Southeast is set for March 31 at the Georgia World ...": a sentence
        return False
    kept = [w for w in _WORD.findall(sentence) if w.lower() not in _SMALL_WORDS]
    return len(kept) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in kept) >= TITLE_CASE_SHARE * len(kept)
