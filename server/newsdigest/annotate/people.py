"""The people an article names, and who a surname, a variant spelling or a pronoun stands for."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import phrases, words
from ..models import Span
from .mentions import (
    NOT_NAMES,
    PARTICLES,
    _is_name_token,
    _name_of,
    is_business_name,
    is_place_name,
    opens_sentence,
    verb_opening,
)
from .spans import index_containing
from .tokens import (
    ANY_VERB,
    Token,
    given_names,
    irregular_past,
    is_anonymous_noun,
    is_company_kind,
    is_cue,
    is_dictionary_word,
    is_inverted_cue,
    is_organization_word,
    is_title,
    name_gender,
    noun_gender,
)


@dataclass(eq=False)  # a person is who they are, not the fields that describe them
class Person:
    name: str  # the fullest form seen ("Volodymyr Zelensky")
    surname: str
    titles: list[str] = field(default_factory=list)
    occurrences: list[Span] = field(default_factory=list)
    first: Token | None = None  # the first word of the name it was met by in full

    @property
    def gender(self) -> str:
        """'f' or 'm' when a title or the given name says so ("Mrs. Lund", "Maria Tolle"), else ''."""
        told = {noun_gender(t.rstrip(".")) for t in self.titles}
        if "f" in told or "m" in told:
            return "f" if "f" in told else "m"
        given = self.name.split()[0].lower() if len(self.name.split()) > 1 else ""
        return name_gender(given) if given else ""


@lru_cache(maxsize=1 << 16)  # the same pairs of names recur across a text and across texts
def similar(a: str, b: str) -> bool:
    """One name spelled two ways: equal, or (for longer names) within two edits and the same first letter."""
    a, b = _without_possessive(a.lower()), _without_possessive(b.lower())
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    # Two edits only in long names (Zelenskyy, Zelenksy); in short ones they make another name (Kirby, Kerry).
    return _distance(a, b) <= (2 if min(len(a), len(b)) >= 8 else 1)


def _without_possessive(name: str) -> str:
    """'trump's' -> 'trump' (either apostrophe)."""
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_PLACE_PREPOSITIONS = ("in", "near", "across", "throughout", "outside")  # before a place, not a person
MAX_NAME_WORDS = 4  # "Aung San Suu Kyi", "Martin Luther King Jr."; particles ("de", "van") aside


class People:
    """Every person named in the text, in order, so that mentions can be resolved to one name."""

    def __init__(self, text: str, tokens: list[Token], quoted: list[Span]):
        self.people: list[Person] = []
        self.by_initial: dict[str, list[Person]] = {}  # surname's first letter -> people
        self.timeline: list[tuple[int, Person]] = []  # (offset, person) outside quotations
        self.subjects: list[tuple[int, Person]] = []  # those followed by a verb: likely subjects
        self.organizations: set[str] = set()  # names the text describes as an organization's ("The insurer, X,")
        # The words the text writes in lowercase somewhere: one capitalized only because it opens a
        # sentence is no name (read here and by the speakers' finder).
        self.lowercase_words = {t.text for t in tokens if t.text.islower()}
        # The words it capitalizes inside a sentence, after a lowercase word ("said Trump", "told Fox"):
        # names, or words of one.
        # (A space or a comma between them, no period and no line break.)
        self.capitalized_inside = {t.word for before, t in zip(tokens, tokens[1:], strict=False)
                                   if t.capitalized and text[t.start - 1] == " " and before.text.islower()
                                   and text[before.end : t.start] in (" ", ", ")}
        self.text = text
        # Each run's name, and its full name unless it is too long to be one (read once, used twice).
        runs = [(run, name, _last_words(name))
                for run in _capitalized_runs(text, tokens, self.lowercase_words) for name in [_person_name_of(run)]]
        places: dict[tuple[int, int], bool] = {}

        def is_place(name: list[Token]) -> bool:
            span = (name[0].start, name[-1].end)
            if span not in places:
                places[span] = _is_place(text, name)
            return places[span]

        for run, _, name in runs:  # full names first, so that surnames met earlier still resolve
            if name is None or is_place(name):
                continue  # a headline's run of capitals names nobody in full; the surname is looked up below
            if len(name) >= 2 and not any(is_organization_word(t.word) for t in name) and not is_business_name(name) \
                    and name[-1].word not in words("not_surnames") and name[-1].word not in words("place_words") \
                    and not _heading_of_words(text, name):
                if _described_as_organization(text, name):
                    self.organizations.add(_full_text(text, name))
                else:
                    self._add_full(text, run, name)
        for run, whole, full in runs:
            name = full or whole[-1:]
            if any(is_organization_word(t.word) for t in name) or is_place(name):
                continue
            surname = _without_possessive(name[-1].text).strip(".\u2019'")
            # (A full name is its own person's, even where another of the surname was met last: "Mary
            # Smith" after "John Smith".)
            full_name = _full_text(text, name)
            person = (self._named(surname, name, full_name) if len(name) >= 2 else None) \
                or self.find(surname, name[0].start)
            if person is not None and len(name) >= 2 and _run_in(person.first):
                _rename(person, name, full_name)  # ("Ted Cruz" met after "Using Ted Cruz")
            if person is None and len(name) == 1 and any(is_title(t.word) for t in run) and not is_title(name[0].word):
                person = self._add_full(text, run, name)
            if person is None:
                continue
            span = (name[0].start, name[-1].end)
            if not person.occurrences or person.occurrences[-1] != span:  # runs come in reading order
                person.occurrences.append(span)
            if index_containing(quoted, span[0]) is None and not _attributive(text, run[0].start):
                self.timeline.append((span[0], person))
                if _followed_by_verb(text, run) or _after_inverted_cue(text, run):
                    self.subjects.append((span[0], person))
        self.timeline.sort(key=lambda item: item[0])
        self.subjects.sort(key=lambda item: item[0])
        for person in self.people:
            person.name = _usual_spelling(text, person)

    def names_a_place(self, word: str) -> bool:
        """Whether the text writes the word alone after a preposition of place ("in Fenwick", "near
        Solvay"): a town no lexicon lists, not a person. (Looked for only when a single name speaks.)"""
        text = self.text
        for preposition in _PLACE_PREPOSITIONS:  # (found by str.find: a pattern per word cost its compiling)
            needle = f"{preposition} {word}"
            at = text.find(needle)
            while at != -1:
                end = at + len(needle)
                alone = not (text[end : end + 1].isalnum() or text[end : end + 1] in "_'\u2019-"
                             or text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
                if alone and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")):
                    return True
                at = text.find(needle, at + 1)
        return False

    def names_a_body(self, word: str) -> bool:
        """Whether the text gives the name an office or an arm that only a country or an institution has
        ("Norland's prime minister", "the Norland government"): no person. (Looked for only when a single
        name speaks.)"""
        text, offices = self.text, phrases("offices_of_bodies")
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if text[end : end + 2] in ("'s", "\u2019s"):
                end += 2
            office = offices.match(text, end + 1) if text[end : end + 1] == " " else None
            if (at == 0 or not text[at - 1].isalnum()) and office and not text.startswith(" of ", office.end()):
                return True  # (not "Trump's army of Twitter followers")
            at = text.find(word, at + 1)
        return False

    def always_possessive(self, name: str) -> bool:
        """Whether the text writes the name only with "'s" after it ("McDonald's", "St. Brendan's Hospital")."""
        text, at = self.text, self.text.find(name)
        while at != -1:
            if (at == 0 or not text[at - 1].isalnum()) and not text.startswith(("'s", "\u2019s"), at + len(name)) \
                    and not text[at + len(name) : at + len(name) + 1].isalnum():
                return False
            at = text.find(name, at + 1)
        return True

    def _add_full(self, text: str, run: list[Token], name: list[Token]) -> Person:
        surname = _without_possessive(name[-1].text).rstrip(".")
        full = _full_text(text, name)
        titles = [t.text for t in run[: run.index(name[0])]]
        person = self._named(surname, name, full)
        if person is not None:
            _rename(person, name, full)
            person.titles.extend(t for t in titles if t not in person.titles)
            return person
        person = Person(full, surname, titles, first=name[0])
        self._register(person)
        return person

    def _register(self, person: Person) -> None:
        self.people.append(person)
        self.by_initial.setdefault(person.surname[:1].lower(), []).append(person)

    def find(self, word: str, near: int = 0, gender: str = "") -> Person | None:
        """The person a surname (or a full name, or a variant spelling of either) stands for; of the gender
        a title tells, where people of both share the surname ("Mrs. Clinton" is not Bill)."""
        last = word.split()[-1] if word.split() else word
        matches = [p for p in self.by_initial.get(last[:1].lower(), ()) if similar(p.surname, last) or p.name == word]
        exact = [p for p in matches if _without_possessive(p.surname.lower()) == _without_possessive(last.lower())]
        matches = exact or matches  # ("Rubio" is Marco Rubio's, not Mike Rubino's)
        if gender and len(matches) > 1:  # (of the gender told, else of none told)
            matches = [p for p in matches if p.gender == gender] or [p for p in matches if not p.gender] or matches
        if not matches:
            return self._by_given_name(word, near)
        if len(matches) == 1:
            return matches[0]
        named = next((p for p in matches if p.name == word), None)
        if named is not None:  # "Mary Smith" when John Smith shares her surname
            return named
        # Several people share the surname: the first named before the mention, whom a surname alone
        # goes on naming (the others, a spouse or a son, are named in full).
        before = [p for off, p in self.timeline if off <= near and p in matches]
        return before[0] if before else matches[0]

    def _named(self, surname: str, name: list[Token], full: str) -> Person | None:
        """The person already met whom this name names: (a spelling of) the surname with the same given
        name, or with none on either side; a name that ends the other ("Wasserman Schultz", "Debbie
        Wasserman Schultz"); or after a word that is no given name ("Continued Stone": a verb run in)."""
        first = name[0]
        for person in self.by_initial.get(surname[:1].lower(), ()):
            if not similar(person.surname, surname):
                continue
            if len(name) == 1 or len(person.name.split()) == 1 or person.name.split()[0] == first.text \
                    or person.name.endswith(" " + full) or full.endswith(" " + person.name) or _run_in(first):
                return person
        return None

    def _by_given_name(self, word: str, near: int) -> Person | None:
        """'Joel argues ...' after 'Joel Spolsky': a given name alone stands for the one person named in
        full with it before (not when two share it)."""
        if " " in word or not word[:1].isupper() or word.lower() not in given_names():
            return None
        named = {p.name: p for p in self.people
                 if p.name.split()[0] == word and len(p.name.split()) > 1 and p.occurrences
                 and p.occurrences[0][0] < near}
        return next(iter(named.values())) if len(named) == 1 else None

    def latest_before(self, offset: int, window: int = 600, gender: str = "") -> Person | None:
        """A pronoun's antecedent: the latest person in subject position not long before, else the
        latest person named; of the pronoun's gender when it is known for both ("she" is not the man
        named just before her)."""
        def fits(person: Person) -> bool:
            return not gender or person.gender in ("", gender)

        i = bisect.bisect_left(self.subjects, offset, key=lambda item: item[0])
        for k in range(i - 1, max(-1, i - 6), -1):
            if offset - self.subjects[k][0] > window:
                break
            if fits(self.subjects[k][1]):
                return self.subjects[k][1]
        i = bisect.bisect_left(self.timeline, offset, key=lambda item: item[0])
        return next((p for _, p in reversed(self.timeline[max(0, i - 12) : i]) if fits(p)), None)

    def note(self, offset: int, person: Person) -> None:
        """A resolved speaker is a fresh antecedent for the pronouns that follow it."""
        for items in (self.timeline, self.subjects):
            bisect.insort(items, (offset, person), key=lambda item: item[0])

    def single(self, text: str, start: int, end: int) -> Person:
        """A name seen only once, as one word: a person of its own."""
        word = text[start:end]
        person = self.find(word, start)
        if person is None:
            person = Person(word, word.split()[-1])
            self._register(person)
        return person


_INDEFINITE_BEFORE = re.compile(r"(?:^|(?<=\W))an? $", re.IGNORECASE)


def _attributive(text: str, start: int) -> bool:
    """Whether a name follows "a" or "an" ("a Red Cross volunteer", "a Sanders supporter"): it qualifies
    someone else, whom a pronoun after it stands for."""
    return _INDEFINITE_BEFORE.search(text, max(0, start - 3), start) is not None


def _person_name_of(run: list[Token]) -> list[Token]:
    """The name inside a capitalized run, a possessive at its end kept after a given name: "Pete Olsson's
    government" names Pete Olsson in full (a possessive before the name only owns it: "Fenwick's Pete
    Olsson")."""
    if len(run) > 1 and run[-1].word.endswith(("'s", "\u2019s")):
        name = _name_of(run[:-1]) + run[-1:]
        if name[0].word in given_names():  # (not "New Jersey's", "the Republican Party's")
            return name
    return _name_of(run)


def _full_text(text: str, name: list[Token]) -> str:
    """The name as the text writes it, one space between its words (where a nickname was, too), without a
    possessive."""
    return _without_possessive(" ".join(text[name[0].start : name[-1].end].split()))


def _rename(person: Person, name: list[Token], full: str) -> None:
    """A person takes a fuller form of the name ("Hillary Rodham Clinton"), never one opening with a word
    run in ("Following Sanders"); and over a name met with such a word ("Using Ted Cruz"), one opening
    with a given name (not "Eskelsen García" over "Lily Eskelsen García", a rare given name and a word)."""
    if len(name) > 1 and not _run_in(name[0]) and (
            len(full) > len(person.name) or _run_in(person.first) and name[0].word in given_names()):
        person.name, person.first = full, name[0]


HEADING_WORDS = 8  # at most, in a line without a sentence's closing mark: a heading or a label
HEADING_CHARS = 120  # at most (a cheap test first: most names stand in paragraphs far longer)


# "The insurer, Harbor Mutual," opening a sentence / "Harbor Mutual, an insurer based in Fenwick,": the noun
# of a description set beside the name (its last word before the comma, or before what places it; none
# after a preposition: "a researcher at the University of ...").
_MODIFIER = r"(?!(?:of|at|in|for|from|with|by|on|and)\s)[\w'\u2019-]+\s+"  # a word before the noun, no preposition
_DESCRIPTION_BEFORE = re.compile(rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:{_MODIFIER}){{0,2}}"
                                 r"([\w-]+),\s+$")
_DESCRIPTION_AFTER = re.compile(rf",\s+(?:an?|the)\s+(?:{_MODIFIER}){{0,3}}?([\w-]+)"
                                r"(?=[,.;]|\s+(?:based|founded|that|which)\b)")
DESCRIPTION_REACH = 60  # characters at most, from the sentence's start to the name
_WORD_BEFORE = re.compile(r"([\w-]+) $")


def _described_as_organization(text: str, name: list[Token]) -> bool:
    """Whether a description beside the name says it is an organization: "The insurer, Harbor Mutual,",
    "Harbor Mutual, a Fenwick insurer," (lexicons/organization_words.txt), not a person."""
    start, end = name[0].start, name[-1].end
    # (Set off by a comma, or no description: most names; looked at before any search.)
    before = None
    if text.endswith(", ", 0, start):
        lo = max(0, start - DESCRIPTION_REACH)  # (the sentence's start, within reach)
        ends = [found + len(mark) for mark in ("\n", ". ", "! ", "? ") if (found := text.rfind(mark, lo, start)) >= 0]
        opening = max(ends) if ends else 0 if lo == 0 else -1
        before = _DESCRIPTION_BEFORE.match(text, opening, start) if opening >= 0 else None
    after = _DESCRIPTION_AFTER.match(text, end) if text.startswith(",", end) else None
    return any(found is not None and is_organization_word(found.group(1).lower()) for found in (before, after)) \
        or _kind_before(text, name)


def _kind_before(text: str, name: list[Token]) -> bool:
    """'the utility Fenwick Power', 'Utility Fenwick Power said': what kind of company, right before its name
    (lowercase, or opening the sentence). Not before a given name: "the company Ada Quist founded"."""
    kind = _WORD_BEFORE.search(text, max(0, name[0].start - 20), name[0].start)
    if kind is None or name[0].word in given_names() or not is_company_kind(kind.group(1).lower()):
        return False
    return kind.group(1).islower() or opens_sentence(text, kind.start(1))


def _heading_of_words(text: str, name: list[Token]) -> bool:
    """'Example Sentences', 'Outdoor Patio Set' on a line of their own below the headline: words of the
    language, none a given name, set as a heading, name a section or a product, nobody."""
    start = text.rfind("\n", 0, name[0].start) + 1
    end = text.find("\n", name[-1].end)
    end = end if end != -1 else len(text)
    if start == 0 or end - start > HEADING_CHARS:
        return False  # (the headline, "Bellwether County Says ...", or a line too long for a heading: most)
    line = text[start:end].strip()
    return not line.endswith((".", "!", "?", ":", "\u201d", '"')) and len(line.split()) <= HEADING_WORDS \
        and all(_is_run_in_word(t.word) for t in name)


def _run_in(first: Token | None) -> bool:
    """A name's first word that is a word of the language and no given name ("Following Sanders",
    "Professor Alba" when the title is not known): run into the name, not the person's own."""
    return first is not None and _is_run_in_word(first.word)


@lru_cache(maxsize=1 << 14)  # (asked of each name's first word, and again of each person's, run after run)
def _is_run_in_word(word: str) -> bool:
    return word not in given_names() and is_dictionary_word(word)


def _last_words(name: list[Token]) -> list[Token] | None:
    """A name of more than MAX_NAME_WORDS words (particles and initials aside) is a title run into the
    name ("Washington Political Editor Matthew Boyle") or a title-case headline ("Gold Star Mom
    Corners Obama"): its person is the given name (with its initials) and the surname at its end when
    the word before the surname is a given name, else no full name (None)."""
    words_of_name = [t for t in name if not (t.word in PARTICLES and t.text.islower()) and not _is_initial(t)]
    if len(words_of_name) <= MAX_NAME_WORDS:
        return name
    start = len(name) - 1
    while start > 0 and (_is_initial(name[start - 1])
                         or name[start - 1].word in PARTICLES and name[start - 1].text.islower()):
        start -= 1
    return name[start - 1 :] if start > 0 and name[start - 1].word in given_names() else None


def _is_place(text: str, name: list[Token]) -> bool:
    """'South Carolina', 'Russia': a country or a state is nobody a pronoun or a title stands for."""
    return is_place_name(text[name[0].start : name[-1].end])


def _is_initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[1] == "." and token.text[0].isupper()


def _body_before_title(tokens: list[Token], k: int) -> bool:
    """Whether the word at k names a body and a title follows it ("Council President Rita Vance", "Police
    Chief Ada Quist"): part of the title, even where the text also writes "the council"."""
    return is_organization_word(tokens[k].word) and k + 1 < len(tokens) and tokens[k + 1].capitalized \
        and is_title(tokens[k + 1].word)


def _capitalized_runs(text: str, tokens: list[Token], lowercase: set[str]) -> list[list[Token]]:
    given = given_names()
    runs, run = [], []
    # Where runs that follow "the" start ("the Arizona Republic" is no person), or an organization's word
    # and a preposition.
    articled: set[int] = set()
    for k, token in enumerate(tokens):
        if not run and not token.capitalized:
            continue  # most words: nothing open, nothing to open
        gap = text[run[-1].end : token.start] if run else ""
        if gap.strip() or "\n" in gap or "   " in gap:  # a sentence, a line or a paragraph ended between them
            runs.append(run)
            run = []
        if not run and (token.word in lowercase and token.word not in given and not is_title(token.word)
                        and opens_sentence(text, token.start) and not _body_before_title(tokens, k)
                        or verb_opening(text, token)):
            # A word the text also writes in lowercase, or a verb of speech ("Says Ada Quist: ..."), capitalized
            # only because it opens the sentence, is no part of the name after it ("Is Sanders finally ...?",
            # "Adds Tim Lee, ..."); a given name is ("Bill Clinton", "Will Rogers"), and a title ("Coach Ada
            # Quist" where the text also writes "Norland coach Marco Reyes").
            continue
        if (_is_name_token(token) or (run and token.word in PARTICLES)
                or (token.capitalized and is_title(token.word))):
            if token.word in NOT_NAMES and not run:
                continue
            # (Or the end of an organization's name: "Commission on Presidential Debates".)
            if not run and k > 0 and not is_title(token.word) and (
                    tokens[k - 1].word == "the" or k > 1 and tokens[k - 1].word in ("of", "on", "for")
                    and tokens[k - 2].capitalized and is_organization_word(tokens[k - 2].word)):
                articled.add(token.start)
            run.append(token)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    # (Not when a possessive in the run owns the name after it: "The Blaze's Matt Walsh".)
    return [r for r in runs if _is_name_token(r[-1]) and (
        r[0].start not in articled or any(t.word.endswith(("'s", "\u2019s")) for t in r))]


def _usual_spelling(text: str, person: Person) -> str:
    """Zelensky, Zelenskyy, Zelenksy: the name takes the surname spelled as the text mostly spells it."""
    # (Not "Ada" alone, her given name; nor a transcript's label, "QUIST:", spelled as no sentence does.)
    spellings = [word for s, e in person.occurrences for word in [_without_possessive(text[s:e].split()[-1])]
                 if similar(word, person.surname) and not (word.isupper() and text[e : e + 1] == ":")]
    if not spellings:
        return person.name
    usual = max(dict.fromkeys(spellings), key=spellings.count)
    person.surname = usual
    parts = person.name.split()
    return " ".join([*parts[:-1], usual])


_NOT_VERBS = {"of", "and", "or", "in", "on", "at", "for", "to", "with", "from", "by", "as", "the", "a", "an"}


# "Ines Lamar, the Fenwick-Quay flood chief, said": a name, a description of it between
# commas (a determiner or an age first, no sentence's end inside) and a verb of speech.
# (", one of the island residents who sued, said": one of a group she belongs to describes her too.)
_APPOSITIVE_THEN_CUE = re.compile(r",\s+(?:the|a|an|\d+|one of(?: the)?)\s([^,.;:!?()\n]{0,90}),\s+([a-z]+)\b")
# (A number's colon or point is no clause's end: "who scored the tying goal with 1:12 left"; nor is an
# abbreviation's point, a letter or a lowercase word or a number after it: "who takes the No. 9 bus".)
_CLAUSE_THEN_VERB = (r"\s(?:[^,.;:!?()\n\u201c\u201d\"]|(?<=\d)[:.](?=\d)|\.(?=[A-Za-z]|\s[a-z0-9])){0,90}"
                     r",\s+([a-z]+)\b")
_RELATIVE_THEN_VERB = re.compile(r",\s+(?:who|whose)" + _CLAUSE_THEN_VERB)
_PARTICIPLE_THEN_VERB = re.compile(r",\s+[a-z]+ing" + _CLAUSE_THEN_VERB)
AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}(?=,)")  # "Pete Olsson, 71, said": his age, set off after his name
_APPOSITION_CLOSED = re.compile(r",\s+(?:also\s+|later\s+)?([a-z]+)\b")  # ", rejected", ", has said", ", told"
_PREPOSITION = re.compile(r"\s(?:of|at|for|with|in|from|on|to|by|who|that)\s")  # (or a relative clause's start)


def _describes_a_person(description: str) -> bool:
    """'the Fenwick-Quay flood chief', 'a professor of economics at Fenwick College': its noun (the last
    word before any preposition) is a title or a noun for a person, not 'a consulting company' or 'the
    port's lobbying arm'."""
    head = re.findall(r"[\w-]+", _PREPOSITION.split(description, 1)[0])
    return bool(head) and (is_title(head[-1].lower()) or is_anonymous_noun(head[-1].lower()))


_CLAUSE_START = re.compile(r"(?:^|[.;:!?\n,\u201c\u201d\"(])\s*([^.;:!?\n,\u201c\u201d\"(]{1,80}),\s*$")


def _named_role_before(text: str, start: int) -> bool:
    """Whether a clause opens with a person's role, then the comma before the name at start ("The harbor's
    chief engineer, Ada Quist"; not "a study by a sociologist, Ada Quist", whose noun is the study)."""
    role = _CLAUSE_START.search(text, max(0, start - 100), start)
    return role is not None and _describes_a_person(role.group(1))


def a_verb(word: str) -> bool:
    """A verb by its shape ("rejected", "questions"), a cue, or a past the shape does not tell ("sat")."""
    return bool(ANY_VERB.fullmatch(word)) or is_cue(word) or word in irregular_past()


# A comma or a closing mark and the cue, or "according to"; then a description set off before the name, if any.
_INVERTED_CUE_BEFORE = re.compile(r"(?:[,\u201d\"]\s+(?!according\b)([a-z]+)|\baccording to)\s+"
                                  r"(?:[^,.;:!?()\n\u201c\u201d\"]{1,60},\s+)?$")
INVERTED_REACH = 90  # characters before a name: the cue and a description


def _after_inverted_cue(text: str, run: list[Token]) -> bool:
    """'The shelters were full, said Holly Ek', '..., according to its chairwoman, Holly Ek.': a name after its
    cue ends the report it speaks, the subject that a pronoun in the next sentence stands for. The name
    ends its sentence or a description follows it: not a possessive (", said Ada Quist's lawyer") nor a
    reported clause's subject (", said Ada Quist had ...")."""
    if text[run[-1].end : run[-1].end + 1] not in (".", ","):
        return False
    start = run[0].start
    found = _INVERTED_CUE_BEFORE.search(text, max(0, start - INVERTED_REACH), start)
    return found is not None and (found.group(1) is None or is_inverted_cue(found.group(1)))


def _followed_by_verb(text: str, run: list[Token]) -> bool:
    if run[-1].word.endswith(("\u2019s", "'s")):
        return False
    end = run[-1].end
    age = AGE_AFTER_NAME.match(text, end)
    end = age.end() if age else end  # ("Pete Olsson, 71, said", "..., 71, who was waiting ..., said")
    rest = text[end : end + 30]
    word = rest.split()[0] if rest.split() else ""
    if rest[:1] == ",":
        verb = _APPOSITION_CLOSED.match(rest)
        if verb is not None and verb.group(1) not in _NOT_VERBS and a_verb(verb.group(1)) \
                and (age or _named_role_before(text, run[0].start)):
            return True  # "Fenwick's chief negotiator, Pete Olsson, rejected ...": the role's name, then its verb
        described = _APPOSITIVE_THEN_CUE.match(text, end, end + 120)
        if described is None:  # "Walt Durning, who signed the last bill in 2009, weighed in" (or "whose ...")
            relative = _RELATIVE_THEN_VERB.match(text, end, end + 120)
            if relative is not None:
                return relative.group(1) not in _NOT_VERBS
            # (or a participle's clause: "Olsson, speaking briefly before the sentence, apologized")
            participle = _PARTICIPLE_THEN_VERB.match(text, end, end + 120)
            return participle is not None and participle.group(1) not in _NOT_VERBS and a_verb(participle.group(1))
        verb = described.group(2)  # (a verb by its shape too: "Marco Reyes, a retired engineer, questioned ...")
        return (is_cue(verb, stance=True) or a_verb(verb) and verb not in _NOT_VERBS) \
            and _describes_a_person(described.group(1))
    return bool(word) and word[0].islower() and word.strip(".,;:") not in _NOT_VERBS and rest[:1] == " "
