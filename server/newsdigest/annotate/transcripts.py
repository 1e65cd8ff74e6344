"""Transcripts: turns of speech, each a paragraph that opens with its speaker's name in capitals and a
colon ("ROSIE CURTS: If vouchers pass, ...", "SACHA PFEIFFER, HOST: ..."), as radio and television
transcripts and interviews print them. A turn is its speaker's own words, a direct quote; the turns
of the outlet's own journalists (those whose first turn names them host or reporter) are the story
itself, and what they report is read as in any story."""

from __future__ import annotations

import re

from ..lexicon import words
from ..models import Paragraph
from .mentions import Mention
from .quotes import FoundQuote, Verbatim
from .speakers import Attribution, Speakers
from .tokens import is_label, is_title_phrase

_TURN = re.compile(r"(?P<name>[A-Z][A-Z.'\u2019\-]+(?:[ \-][A-Z][A-Z.'\u2019\-]+){0,4}(?: #\d+)?)"
                   r"(?:, (?P<role>[A-Z][A-Z .'\u2019\-]{1,40}))?:\s+")
# A specification's next field on the same line ("CPU: Intel Core Ultra 7 | RAM: 32GB | ..."): no turn of speech.
_NEXT_FIELD = re.compile(r"\s\|\s+[A-Z][\w ]{0,30}:")
MIN_TURNS = 2  # labelled paragraphs that make a transcript (one alone may be a headline's "PENCE: ...")


def find_turns(text: str, paragraphs: list[Paragraph], speakers: Speakers) -> list[Verbatim]:
    """The transcript's turns, in reading order (none when the text is no transcript)."""
    labels = []  # (the label, the end of its paragraph)
    for para in paragraphs:
        match = _TURN.match(text, para.start, para.end)
        # (Not a table's row, its cells apart by a tab as extraction writes them: "OVERALL RANK:\tN/A", nor
        # a specification's, its fields apart by bars.)
        if match is not None and match.end() < para.end and not is_label(match.group("name")) \
                and not is_title_phrase(match.group("name")) and "\t" not in match.group(0) \
                and not _NEXT_FIELD.search(text, match.end(), para.end):
            labels.append((match, para.end))  # ("CEO: Arvind Krishna": a title labels a fact, nobody speaks)
    if any(" " not in m.group("name") for m, _ in labels):  # (most transcripts' labels are full names)
        full = {_surname(m.group("name")) for m, _ in labels if " " in m.group("name")} | _surnames_in_full(text)
        labels = [(m, end) for m, end in labels if _names_someone(m.group("name"), full, speakers)]
    if len(labels) < MIN_TURNS:
        return []
    roles = words("journalist_roles")
    journalists = {_surname(m.group("name")) for m, _ in labels if (m.group("role") or "").lower() in roles}
    turns = []
    for match, end in labels:
        label = (match.start(), match.end())
        if _surname(match.group("name")) in journalists:
            turns.append(Verbatim(None, label))
            continue
        colon = text.rindex(":", match.start(), match.end())
        turns.append(Verbatim(FoundQuote((match.end(), end), "direct", _speaker(text, speakers, match, colon)), label))
    return turns


# A name in full in the text: a capitalized word, then the surname ("Hillary Clinton", "Sen. Maria Cantwell";
# the surname looked ahead at, so that it may itself be the word before the next).
_IN_FULL = re.compile(r"\b[A-Z][a-z]+\.? (?=([A-Z][a-z]+)\b)")


def _surnames_in_full(text: str) -> set[str]:
    return {surname.lower() for surname in _IN_FULL.findall(text)}


def _names_someone(name: str, surnames: set[str], speakers: Speakers) -> bool:
    """A label of one word names a speaker when it is the surname of someone named in full (by another
    label, CANTWELL after TRAVIS CANTWELL, or in the text, Travis Cantwell) or one of the unnamed (the
    transcript's UNIDENTIFIED); else it labels a fact ("CPU:", "TIP:", "MYTH:")."""
    if " " in name or name.lower() in words("unnamed_speakers") or name.lower() in surnames:
        return True
    person = speakers.people.find(name.title())
    return person is not None and len(person.name.split()) > 1


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _speaker(text: str, speakers: Speakers, match: re.Match[str], colon: int) -> Attribution:
    """Who the label names: a person the article names (CANTWELL is Travis Cantwell), or one the
    transcript leaves unnamed (UNIDENTIFIED PERSON #2)."""
    start, end = match.span("name")
    if match.group("name").split()[0].lower() in words("unnamed_speakers"):
        described = text[start:end].lower()
        head = described.split()[min(1, len(described.split()) - 1)]
        return Attribution(Mention(start, end, "anonymous", described, head), (colon, colon + 1), described)
    attribution = speakers.label(start, end)
    attribution.cue = (colon, colon + 1)
    return attribution
