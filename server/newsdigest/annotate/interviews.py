"""Interviews printed as questions and answers ("Q: What are the benefits of ...?" / "A: We've found
that ..."). An answer, with the paragraphs that follow it up to the next question, is the
interviewee's own words: each paragraph a direct quote. The questions are the outlet's, read as the
story is. The interviewee is the person the introduction names most often (before the first question)."""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import phrases
from ..models import Paragraph
from .mentions import Mention
from .people import Person
from .quotes import FoundQuote, Verbatim
from .speakers import Attribution, Speakers

_LABEL = re.compile(r"(?P<label>Q|A|Question|Answer):\s+")
_ASKS = ("Q", "Question")
MIN_ANSWERS = 2  # labelled answers that make an interview (one "A:" alone is no format)
HEADING_REACH = 2  # paragraphs before the first question where an FAQ's heading stands
HEADING_CHARS = 80  # a heading is a short line; a paragraph that mentions "FAQ" is not one
_CONTINUING = ("p", "li", "blockquote")  # kinds of paragraph an answer goes on into (not a heading)


def find_interview(text: str, paragraphs: list[Paragraph], speakers: Speakers) -> list[Verbatim]:
    """The interview's questions and answers, in reading order (none when the text is no interview)."""
    labelled = []  # (paragraph index, label match)
    for n, para in enumerate(paragraphs):
        match = _LABEL.match(text, para.start, para.end)
        if match is not None and match.end() < para.end:
            labelled.append((n, match))
    if sum(m.group("label") not in _ASKS for _, m in labelled) < MIN_ANSWERS:
        return [] if labelled else _unlabelled(text, paragraphs, speakers)
    if _under_questions_heading(text, paragraphs[max(0, labelled[0][0] - HEADING_REACH) : labelled[0][0]]):
        # The site's frequently asked questions, answered by the site: no one's interview; its labels
        # are read as an interview's are, as no words of the story's.
        return [Verbatim(None, match.span()) for _, match in labelled]
    first = paragraphs[labelled[0][0]].start
    interviewee = _interviewee(speakers, first)
    if interviewee is None:
        return []
    found = []
    for k, (n, match) in enumerate(labelled):
        label = match.span()
        if match.group("label") in _ASKS:
            found.append(Verbatim(None, label))
            continue
        # The label names who speaks, as a transcript's "NAME:" does: the interviewee.
        start, colon = match.span("label")[0], match.end("label")
        mention = Mention(start, colon, "name", text[start:colon], interviewee.surname.lower())
        said = Attribution(mention, (colon, colon + 1), interviewee.name, interviewee)
        found.append(Verbatim(FoundQuote((match.end(), paragraphs[n].end), "direct", said), label))
        stop = labelled[k + 1][0] if k + 1 < len(labelled) else len(paragraphs)
        for para in paragraphs[n + 1 : stop]:
            if para.kind not in _CONTINUING or text[para.start] in "\u2014\u2013-":
                break  # a heading, or a credit line ("— Amy Roeder"): the answer has ended
            found.append(Verbatim(FoundQuote((para.start, para.end), "direct", said), (para.start, para.start)))
    return found


# What an introduction says of an interview that follows ("We asked him about ...", "Five questions for ...").
_INTERVIEW_CUE = re.compile(r"\b(?:interview(?:ed)?|asked (?:him|her|them)|spoke with|talked (?:to|with)|"
                            r"questions? for|Q&A|conversation with)\b", re.I)
_EDITORS_NOTE = re.compile(r"(?:This|The) (?:interview|conversation|Q&A|exchange) (?:has been|was)\b")
QUESTION_CHARS = 250  # at most, in a question set as a paragraph of its own
INTRO_PARAGRAPHS = 4  # at most, before the first question (the headline among them)


def _says_interviewed(text: str, cue: re.Match[str], interviewee: Person) -> bool:
    """Whether the sentence (or line) of an interview's cue is about the interviewee: it names him, or
    the cue is "asked him" ("We asked him about ...": not "I spoke with an expert", "job interview prep")."""
    if cue.group().lower().startswith("asked"):
        return True
    start = max(text.rfind(". ", 0, cue.start()) + 2, text.rfind("\n", 0, cue.start()) + 1)
    ends = [e for e in (text.find(". ", cue.end()), text.find("\n", cue.end())) if e >= 0]
    end = min(ends) if ends else len(text)
    return any(start <= s < end for s, _ in interviewee.occurrences)


def _unlabelled(text: str, paragraphs: list[Paragraph], speakers: Speakers) -> list[Verbatim]:
    """An interview printed without labels: questions as paragraphs of their own, each ending with "?"
    and followed by an answer, after an introduction that says it is one ("We asked him about ...")
    and names the interviewee. Each answer's paragraphs, up to the next question, are the interviewee's."""
    asked = [n for n, p in enumerate(paragraphs) if n > 0 and p.end - p.start <= QUESTION_CHARS
             and text[p.start : p.end].rstrip().endswith("?")]
    answered = [n for n in asked if n + 1 < len(paragraphs) and n + 1 not in asked
                and paragraphs[n + 1].kind in _CONTINUING]
    if len(answered) < MIN_ANSWERS or asked[0] > INTRO_PARAGRAPHS or 3 * len(answered) < 2 * len(asked):
        return []
    first = paragraphs[asked[0]].start
    interviewee = _interviewee(speakers, first)
    if interviewee is None or not any(_says_interviewed(text, cue, interviewee)
                                      for cue in _INTERVIEW_CUE.finditer(text, paragraphs[0].start, first)):
        return []
    # (The words that name the interviewee in the introduction are the answers' speaker's mention.)
    start, end = max(span for span in interviewee.occurrences if span[0] < first)
    said = Attribution(Mention(start, end, "name", text[start:end], interviewee.surname.lower()), (start, end),
                       interviewee.name, interviewee)
    found = []
    for n in answered:
        stop = next((q for q in asked if q > n), len(paragraphs))
        for para in paragraphs[n + 1 : stop]:
            if para.kind not in _CONTINUING or text[para.start] in "\u2014\u2013-" \
                    or _EDITORS_NOTE.match(text, para.start):
                break  # a heading, a credit line, the editor's note: the answer has ended
            found.append(Verbatim(FoundQuote((para.start, para.end), "direct", said), (para.start, para.start)))
    return found


def _under_questions_heading(text: str, before: list[Paragraph]) -> bool:
    """Whether a short line just before the first question heads frequently asked questions ("Drip
    Coffee Makers FAQs", "Frequently asked questions")."""
    heading = phrases("questions_headings")
    return any(p.end - p.start <= HEADING_CHARS and heading.search(text, p.start, p.end) for p in before)


def _interviewee(speakers: Speakers, first_question: int) -> Person | None:
    """The person named most often, of those the text names before its first question."""
    before = [(offset, person) for offset, person in speakers.people.timeline if offset < first_question]
    if not before:
        return None
    counts = Counter(person for _, person in before)  # in the order they are first named
    return max(counts, key=counts.__getitem__)  # (of equals, max keeps the first: the first named)
