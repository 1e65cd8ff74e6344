"""Who a speaker phrase stands for: a pronoun's antecedent, a surname's full name, "the aide" met
before, "it" the organization last named; other descriptions as written."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..lexicon import words
from .mentions import (
    CIRCUMSTANCE_PREPOSITIONS,
    FUNCTION_WORDS,
    OPENING_PREPOSITIONS,
    PREPOSITIONS,
    Mention,
    aside_kind,
    description_before_name,
    is_business_word,
    is_place_name,
    mention_after,
    mention_before,
    opens_sentence,
    plain_description,
    unbroken,
)
from .people import People, Person
from .tokens import (
    ANY_VERB,
    ARTICLES,
    DETERMINERS,
    VERB_SHAPE,
    Token,
    given_names,
    is_anonymous_noun,
    is_company_kind,
    is_dictionary_word,
    is_first_person,
    is_organization_word,
    is_title,
    noun_gender,
    pronoun_gender,
)

GROUP_REACH = 60  # tokens back to the group a "they" stands for,
GROUP_SENTENCES = 2  # in its own sentence or the one before
NAME_WORDS = 4  # at most, in each of two names joined ("Pete Olsson and Marco Reyes")
COMPANY_WORDS = {"company", "firm", "startup"}  # words any company's name stands for ("the company")
_COMPANY_ENDINGS = {"inc", "corp", "co", "ltd", "llc", "company", "corporation"}  # ("Harbor Storage Co.")
COMPANY_REACH = 600  # characters back from "the company" to the company that spoke
DESCRIBED_REACH = 3000  # characters back from "her daughter" to "Her daughter, Maria Quist"
_DEFINITE_OWNERS = {"the", "her", "his", "their", "its"}
_NAME_SET_OFF = re.compile(r",\s+")  # between a description and the name it precedes
_ARTICLE_BEFORE = re.compile(r",\s+(?:a|an|the|his|her|their|its)\s+(?:[\w.'\u2019&-]+\s+){0,4}$", re.I)
_PLURAL_HEADS = {"men", "women", "people", "police", "staff", "children", "crowd", "some", "many", "several", "both",
                 "most", "few", "all"}  # (and heads in -s: a group a "they" may stand for)
_NOT_IN_SUBJECT = PREPOSITIONS | {"that", "who", "which", "and", "or"}  # (a plain subject holds none)
QUESTION_REACH = 30  # tokens of an opening question ("Asked whether ..., he")
ORGANIZATION_REACH = 60  # tokens back to the organization an "it" stands for: a sentence or two
# Tokens back to the organization "the authority" stands for, its name ending in that word: a few paragraphs.
NAMED_REACH = 400


# The capitalized name a phrase ends with, after a preposition ("data from the Fenwick Health Department").
# Or, in lowercase, the phrase with its "the" ("filings with the state insurance department": the department).
_NAME_AT_END = re.compile(r"\s(?:from|by|of|at|with|for|in|on)\s+(?:(?:the\s+)?"
                          r"((?:[A-Z][\w.&'\u2019-]*\s+)*[A-Z][\w'\u2019-]*)|(the\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*))$")
# A run of capitalized words ending as only companies' names do: "Fenwick Data Corp.", "Harbor Storage Co."
_COMPANY_NAME = re.compile(r"\b((?:[A-Z][\w&'\u2019-]*\s+){1,4}(?:Inc|Corp|Co|Ltd|LLC|Company|Corporation)\b\.?)")
_MEMBERS = {"one", "two", "some", "several", "both", "another"}
ASIDE_HEAD_REACH = 4  # words after an aside's comma where its noun stands ("the Fenwick insurer", "a regional lender")


def joined_names(names: list[str]) -> str:
    """People named together, as one speaker: "Ada Quist and Tim Lee", "Quist, Lee and Vance"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


class Names:
    def __init__(self, text: str, tokens: list[Token], people: People):
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.people = people
        self.anonymous: list[tuple[int, str, str]] = []  # (offset, head, description) for "the aide"
        self.organizations: list[tuple[int, str]] = []  # (offset, name) for "it said"
        self.together: dict[int, list[Person]] = {}  # a "they" (by offset) -> the people named together it is
        self.acronyms: dict[str, str] = {}  # "IMF" -> "International Monetary Fund" (or "" when not spelled out)
        self.by_initials: dict[str, tuple[int, str]] | None = None  # read once, when an acronym first speaks
        self.marks: dict[str, int] | None = None  # "(IMF)" -> where it first stands
        self.named_at: dict[int, Person] | None = None  # a person by where a name of theirs starts or ends

    def resolve(self, m: Mention, cue_start: int = -1) -> tuple[Person | None, str]:
        """The person the phrase stands for, if any, and the name to show for it (cue_start: where the
        cue it speaks by starts)."""
        text = self.text
        person: Person | None = None
        if m.kind == "pronoun":
            if m.head in ("who", "which"):
                person, name = self._relative(m)
                if person is None and name:
                    return None, name
            elif m.head == "it":
                return None, self._latest_organization(m.start)
            elif is_first_person(m.head):
                return None, ""  # "I" or "we" outside quotation marks: the writer, none of the people named
            elif m.plural:
                together = self._names_opening_a_sentence(m.start)
                if together:  # "Olsson and Reyes both plan to rebuild. But they say ...": the two of them
                    self.together[m.start] = together
                    return None, joined_names([person.name for person in together])
                return None, self._latest_group(m.start) or text[m.start : m.end]
            else:
                gender = pronoun_gender(m.head)  # ("she'd" is "she")
                person = self.people.latest_before(self._before_question(m.start), gender=gender)
        elif m.kind == "name" and " " not in m.name and self.people.find(m.name, m.start) is None \
                and (self.people.names_a_place(m.name) or self.people.names_a_body(m.name)):
            # ("Fenwick said" where the text writes "in Fenwick" or "Fenwick's prime minister": the town's or
            # the country's authorities)
            m.kind = "organization"
            self.organizations.append((m.start, m.name))
            return None, m.name
        elif m.kind == "name" and cue_start == m.end + 3 and text.startswith(("'s ", "\u2019s "), m.end) \
                and _opens_with_a_verb(text[cue_start : cue_start + 30]) and not _OWNED.search(text, m.start, m.end) \
                and self.people.always_possessive(m.name):
            # "McDonald's said", "St. Brendan's called": a name the text never writes without its "'s", right
            # before its cue, is a business's own name (not "Trump's said", a "has", where the text writes "Trump")
            m.kind, m.name = "organization", text[m.start : m.end + 2]
            self.organizations.append((m.start, m.name))
            return None, m.name
        elif m.kind == "organization" and m.name.endswith(("'s", "\u2019s")) and m.end == m.start + len(m.name) - 2:
            return None, m.name  # (read so above already: a mention may be resolved twice)
        elif m.kind == "name" and m.name in self.people.organizations:
            m.kind = "organization"  # "The insurer, Harbor Mutual, said": a company's name, as the text says
            self.organizations.append((m.start, m.name))
            return None, m.name
        elif m.kind == "name":
            # (the name alone, without what is set before it: "his wife, Jane" is Jane)
            name_start = m.end - len(m.name) if description_before_name(text, m) else m.start
            title = text[m.start : name_start if name_start > m.start else m.end].split(None, 1)[0].rstrip(".")
            person = self.people.find(m.name, m.start, noun_gender(title)) \
                or self.people.single(text, name_start, m.end)
        elif m.kind == "role":
            person = self._by_title(m.head, m.start)
        elif m.kind == "anonymous" and m.head == "whom":
            # "Fans, many of whom had called for ...": some of the people named before the comma
            person, name = self._relative(m)
            first = name.split()[0].lower() if name and not person else ""
            if first in DETERMINERS or first and is_dictionary_word(first):
                name = name[0].lower() + name[1:]  # ("most of the captains", "many of fans": no name)
            return person, f"{text[m.start : m.end].rsplit(None, 1)[0]} {name}" if name and not person else name
        elif m.kind == "anonymous":
            person = self._described_before(m)
            if person is None:
                return None, self._anonymous_name(m)
        elif m.kind == "organization" and " " not in m.name and is_place_name(m.name) \
                and (known := self.people.find(m.name, m.start)) is not None \
                and known.name.split()[0].lower() in given_names():
            person = known  # "Cairo" after "Hannah Cairo", "Israel" after "Steve Israel": a surname, not the place
        elif m.kind in ("organization", "document"):
            name = self._organization_name(m)
            spelled = next((p for p in self.people.people if p.name == name), None) \
                if name != m.name and _ACRONYM.fullmatch(m.name) else None
            if spelled is not None:  # "DHH" for David Heinemeier Hansson: a person's initials
                person = spelled
            else:
                self.organizations.append((m.start, name))
                return None, name
        if person is not None:
            self.people.note(m.start, person)
            return person, person.name
        return None, m.name if m.kind != "pronoun" else ""

    def _relative(self, m: Mention) -> tuple[Person | None, str]:
        """'an aide, who said ...' / 'a campaign surrogate who said ...': who is the phrase before
        it (and its comma), a description of any noun when nothing else reads as a speaker."""
        k = bisect.bisect_left(self.starts, m.start)
        last = k - 2 if k >= 2 and self.tokens[k - 1].text == "," else k - 1
        if last < 0 or not unbroken(self.text, self.tokens[last].end, m.start):
            return None, ""
        before = mention_before(self.text, self.tokens, last)
        first = self.text[before.start : before.end].split()[0].lower() if before else ""
        if before and before.kind != "pronoun" and (before.kind != "anonymous" or first in DETERMINERS
                                                    or before.start == self.tokens[last].start):
            return self.resolve(before)
        for d in range(last, max(-1, last - 6), -1):
            # (or at the start of its sentence: "Oyster farmers, who have ...")
            opening = d < last and opens_sentence(self.text, self.tokens[d].start) \
                and _subject_opening(self.text, self.tokens[d : last + 1])
            if self.tokens[d].word in _BEFORE_ANTECEDENT or not self.tokens[d].text[0].isalnum() or opening:
                # "criticism from business leaders who say ...": the phrase starts after "from"
                phrase = self.tokens[d + (not opening) : last + 1]
                while phrase and phrase[0].word in FUNCTION_WORDS:
                    phrase = phrase[1:]  # ("... and fitness trainers who want ...": the trainers)
                if 0 < len(phrase) <= 4 and all(t.text.isalpha() for t in phrase):
                    return None, self.text[phrase[0].start : phrase[-1].end]
                # ("(who said “legacy”?)": a bracket or a mark before "who" names nobody, nor does a
                # conjunction: "and who knows when ...")
                word = self.tokens[last]
                return None, word.text if word.text.isalpha() and word.word not in FUNCTION_WORDS else ""
            if self.tokens[d].word in DETERMINERS:
                described = plain_description(self.text, self.tokens, d, last + 1)
                return None, described.name if described else ""
        head = self.tokens[last]  # "candidates who think ...": the noun alone
        return None, head.text if head.text.isalpha() else ""

    def _by_title(self, title: str, offset: int) -> Person | None:
        for off, person in reversed(self.people.timeline):
            if off < offset and any(t.lower().rstrip(".") == title for t in person.titles):
                return person
        # Else the latest person, if a title of some kind was ever given ("the senator" for "Sen. Warren");
        # a name never titled ("Sony", a company read as a person) is no "mayor".
        latest = self.people.latest_before(offset)
        return latest if latest is not None and latest.titles else None

    def _described_before(self, m: Mention) -> Person | None:
        """The person the story named beside the description a definite one repeats: "her daughter" after
        "Her daughter, Maria Quist, said", "the spokesman" after "Tim Lee, a Fenwick Ferries spokesman,"."""
        words = self.text[m.start : m.end].split()
        if m.plural or len(words) < 2 or words[0].lower() not in _DEFINITE_OWNERS \
                or not (is_anonymous_noun(m.head) or is_title(m.head)):
            return None  # (a person's noun: not "the cable" after "In the July 9 cable, Stevens reported")
        if self.named_at is None:  # where each person is named: by the start and by the end of the name
            self.named_at = {}
            for person in self.people.people:
                for start, end in person.occurrences:
                    self.named_at[start], self.named_at[end] = person, person
        core = re.compile(r"\b" + r"\s+".join(map(re.escape, words[1:])) + r"\b", re.I)
        for found in reversed(list(core.finditer(self.text, max(0, m.start - DESCRIBED_REACH), m.start))):
            after = _NAME_SET_OFF.match(self.text, found.end())  # "Her daughter, Maria Quist, ..."
            if after is not None and (person := self.named_at.get(after.end())) is not None:
                return person
            before = _ARTICLE_BEFORE.search(self.text, max(0, found.start() - 60), found.start())
            if before is not None and (person := self.named_at.get(before.start())) is not None:
                return person  # "Tim Lee, a Fenwick Ferries spokesman, ..."
        return None

    def _anonymous_name(self, m: Mention) -> str:
        """The description that names an unnamed source, the first one's when it is met again."""
        description = self.text[m.start : m.end]
        words = description.split()
        definite = words[0].lower() in ("the", "that", "this", "these", "those") and len(words) <= 3
        if definite:  # "the aide" is the aide met before
            for _, head, earlier in reversed(self.anonymous):
                if head.rstrip("s") == m.head.rstrip("s"):
                    return earlier
        # "one of the people", "one of them": a member of the group met before speaks for it (not a source
        # of its own: counting anonymous sources counts the group once).
        if names_a_member(description):
            for _, head, earlier in reversed(self.anonymous):
                if member_of(m.head, head):
                    return earlier
        if len(words) == 1 and m.head == "another":
            # "“Build it now,” one resident posted. Another replied: ...": another of the same kind, by its noun
            earlier = next((head for _, head, _ in reversed(self.anonymous) if is_anonymous_noun(head)
                            and not _is_plural_head(head)), None)
            description = f"{description} {earlier}" if earlier else description
        self.anonymous.append((m.start, m.head, description))
        return description

    def _latest_organization(self, offset: int) -> str:
        """The organization last named before offset: one that spoke, or one a sentence opens with
        ("The United Nations Security Council on Friday made ... what it called ...")."""
        spoken = next(((off, name) for off, name in reversed(self.organizations) if off < offset), None)
        found = [c for c in (spoken, self._organization_named_before(offset)) if c is not None]
        return max(found)[1] if found else ""

    def _organization_named_before(self, offset: int) -> tuple[int, str] | None:
        for i in self._tokens_back(offset):
            token = self.tokens[i]
            if (named := self._named_by_aside(i)) is not None:
                return named
            if token.capitalized and (is_organization_word(token.word) or is_business_word(token.word)):
                found = mention_before(self.text, self.tokens, i)
                # The subject of its sentence ("The United Nations Security Council on Friday made ..."),
                # not an organization named in passing ("researchers from South China University").
                if found is None or found.kind != "organization":
                    continue
                start = found.start - 4 if self.text[max(0, found.start - 4) : found.start] == "The " else found.start
                if opens_sentence(self.text, start):
                    return found.start, self.text[found.start : found.end]
        return None

    def _before_question(self, offset: int) -> int:
        """Where to look back from for whom a pronoun stands: before the sentence, when the pronoun follows
        its opening question ("Asked whether Reyes was the target, he smiled": he is not Reyes)."""
        k = self._token_before(offset)
        if k < 1 or self.tokens[k].text != ",":
            return offset
        for i in range(k - 1, max(-1, k - QUESTION_REACH), -1):
            if opens_sentence(self.text, self.tokens[i].start):
                return self.tokens[i].start if self.tokens[i].word == "asked" else offset
        return offset

    def _token_before(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset) - 1

    def _tokens_back(self, offset: int, reach: int = ORGANIZATION_REACH) -> range:
        """The tokens before offset, nearest first, as far back as an organization it may stand for."""
        k = self._token_before(offset)
        return range(k, max(-1, k - reach), -1)

    def _named_by_aside(self, i: int) -> tuple[int, str] | None:
        """'Harbor Robotics, the Fenwick startup that ..., is': a name opening its sentence that the aside
        opening at tokens[i] calls an organization."""
        if self.tokens[i].text != "," or i == 0 or not self.tokens[i - 1].capitalized \
                or i + 1 >= len(self.tokens) or self.tokens[i + 1].word not in ("the", "a", "an"):
            return None  # (not "Baltimore, United States")
        named = mention_before(self.text, self.tokens, i - 1)
        # (a name of any kind: "Harbor Mutual" is a company's by its own last word)
        if named is not None and named.kind in ("name", "organization") and opens_sentence(self.text, named.start) \
                and aside_kind(self.text, self.tokens, i) == "organization":
            return named.start, named.name
        return None

    def _latest_group(self, offset: int) -> str:
        """What a "they" stands for: the nearest unnamed group before it, one that spoke or one that opens a
        sentence ("The researchers, from the Fenwick Marine Institute, measured ... They found that ...")."""
        spoken = max(((off, description) for off, head, description in self.anonymous
                      if off < offset and _is_plural_head(head)), default=None)
        opening = self._group_opening_a_sentence(offset)
        found = max((c for c in (spoken, opening) if c is not None), default=None)
        return found[1] if found else ""

    def _sentence_openings(self, offset: int) -> Iterator[int]:
        """The tokens opening the sentence the offset is in and the one before, nearest first."""
        k = bisect.bisect_left(self.starts, offset) - 1
        openings = 0
        for i in range(k, max(-1, k - GROUP_REACH), -1):
            token = self.tokens[i]
            if not token.text[:1].isupper() or not opens_sentence(self.text, token.start):
                continue
            openings += 1
            if openings > GROUP_SENTENCES:
                return
            yield i

    def _names_opening_a_sentence(self, offset: int) -> list[Person]:
        """The people a "they" stands for when a sentence opens with their names joined ("Olsson and Reyes
        both plan to rebuild. But they say ..."), unless a group that a "they" may be opens one nearer."""
        for i in self._sentence_openings(offset):
            toks = self.tokens[i : i + 2 * NAME_WORDS + 1]
            first = mention_after(self.text, toks, 0)
            if first is not None and first.kind in ("anonymous", "group") and first.plural:
                return []
            if first is None or first.kind != "name" or first.start != toks[0].start or not all(
                    is_title(word.rstrip(".").lower())  # (titles only: not "Dynamic microphones like Rode PodMic")
                    for word in self.text[first.start : first.end].removesuffix(first.name).split()):
                continue
            k = next((k for k, t in enumerate(toks) if t.start >= first.end), len(toks))
            second = mention_after(self.text, toks[k + 1 :], 0) if k < len(toks) and toks[k].word == "and" else None
            if second is None or second.kind != "name" or second.start != toks[k + 1].start:
                continue
            people = [self.people.find(m.name, m.start) for m in (first, second)]
            return [p for p in people if p is not None] if all(people) and people[0] is not people[1] else []
        return []

    def _group_opening_a_sentence(self, offset: int) -> tuple[int, str] | None:
        for i in self._sentence_openings(offset):
            token = self.tokens[i]
            found = mention_after(self.text, self.tokens[i : i + 8], 0)
            if found is None or found.kind not in ("anonymous", "group") or not found.plural \
                    or found.start != token.start:
                continue
            # A plain subject: a determiner and its noun ("The researchers"), or the noun alone ("Critics"),
            # then its verb or an aside; not "If participants", "Recognize employees".
            phrase = self.text[found.start : found.end].split()
            after = self.text[found.end : found.end + 2].lstrip(" ")
            plain = not any(ANY_VERB.fullmatch(w) or w.lower() in _NOT_IN_SUBJECT for w in phrase[1:-1])
            if (phrase[0].lower() in DETERMINERS - {"no"} or len(phrase) == 1) and plain \
                    and (after[:1] == "," or after[:1].islower()):
                return found.start, " ".join(phrase)
        return None

    def _organization_name(self, m: Mention) -> str:
        if description_before_name(self.text, m):
            return m.name  # ("The warehouse's owner, Harbor Storage Co.": what it is, then its name)
        phrase = self.text[m.start : m.end]
        words = phrase.split()
        owner = words[0].lower()
        # ("the venture firm Northgate Partners", "Its lawyer, the firm Quist Partners", "Retailer Quay Brands
        # said": what it is, then its name)
        lead = phrase.removesuffix(m.name).rsplit(",", 1)[-1].split() \
            if m.name != phrase and m.name[:1].isupper() else []
        if lead and (lead[0].lower() in ARTICLES or is_company_kind(lead[0].lower())) \
                and all(word.islower() for word in lead[1:]):
            return m.name
        if owner in ("his", "her"):  # "his government": the government of the person last named
            person = self.people.latest_before(m.start)
            if person:
                return f"{person.name}\u2019s {' '.join(words[1:])}"
        if len(words) == 1 and _ACRONYM.fullmatch(phrase):  # "IMF": the International Monetary Fund
            return self._spelled_out(phrase, m.start) or phrase
        # ("the robot maker": a company by what it makes, as "the automaker")
        if owner == "the" and (len(words) == 2 and is_organization_word(words[1].lower())
                               or len(words) == 3 and words[1].islower() and is_company_kind(words[2].lower())):
            # "the fund": the organization named before whose name ends so (the International Monetary Fund)
            head = words[-1].lower()
            named = next((name for off, name in reversed(self.organizations)
                          if off < m.start and name.split()[-1].lower() == head), "")
            # ("data from the Fenwick Health Department", a document: the department is the name it ends with)
            named = at_end.group(at_end.lastindex or 0) if (at_end := _NAME_AT_END.search(named)) else named
            if not named:  # "The fund said" after "The International Monetary Fund cut ...": named, not speaking
                named = next((self.text[found.start : found.end] for i in self._tokens_back(m.start, NAMED_REACH)
                              if self.tokens[i].word == head and self.tokens[i].capitalized
                              and (found := mention_before(self.text, self.tokens, i)) is not None
                              and found.kind == "organization" and found.start < self.tokens[i].start), "")
            if not named and head == "agency":  # the government body named that spoke last, not long before
                # (one named, not "the news service"; and not the State Department after the FBI)
                at, last = next(((off, name) for off, name in reversed(self.organizations)
                                 if off < m.start and name.split()[-1][:1].isupper()), (-1, ""))
                named = last if m.start - at < COMPANY_REACH and _names_an_agency(last) else ""
                subject = self._organization_named_before(m.start) if not named else None
                if subject is not None and subject[0] > at and _names_an_agency(subject[1]):
                    named = subject[1]  # or the body opening a sentence since ("The ... Authority will cut ...")
            if not named and (head in COMPANY_WORDS or is_company_kind(head)):
                # "the company": a name an aside called one before ("Harbor Robotics, a Fenwick startup, ..."),
                # or a company's name that opens a sentence not long before ("Harbor Robotics on Monday
                # unveiled ... The company plans ...").
                named = next((found[1] for i in self._tokens_back(m.start)
                              if (found := self._named_by_aside(i)) is not None), "")
                subject = self._organization_named_before(m.start) if not named else None
                if subject is not None and is_business_word(subject[1].split()[-1]):
                    named = subject[1]
                if not named:  # or the company that spoke last, by a name such as only companies have
                    named = next((name for off, name in reversed(self.organizations)
                                  if m.start - off < COMPANY_REACH and _ends_as_companies_do(name)), "")
                if not named:  # or the one company the story has named so, wherever ("Fenwick Data Corp.")
                    named = self._only_company_before(m.start)
            if not named:
                # "the insurer": a name whose aside called it so ("Harbor Mutual, the Fenwick insurer hit by ...")
                named = next((found[1] for i in self._tokens_back(m.start)
                              if (found := self._named_by_aside(i)) is not None
                              and any(t.word == head for t in self.tokens[i + 1 : i + 1 + ASIDE_HEAD_REACH])), "")
            return named or phrase
        return phrase

    def _only_company_before(self, offset: int) -> str:
        """The name ending as only companies' do ("Co.", "Inc.", "Corp.", "Motors") that the text gives before
        offset, when it gives only one such, opening a sentence (its subject, not one in a list of clients)."""
        found = [(company.start(1), _TRIMMED_THE.sub("", company.group(1)))
                 for company in _COMPANY_NAME.finditer(self.text, 0, offset)]
        # (or the organization that spoke, by a name such as companies have, when no other one spoke:
        # "Fenwick Motors said ...")
        spoke = [(off, name) for off, name in self.organizations if off < offset]
        if all(_ends_as_companies_do(name) for _, name in spoke):
            found += spoke
        names = {name for _, name in found}
        opening = any(opens_sentence(self.text, start) for start, _ in found)
        return names.pop() if len(names) == 1 and opening else ""

    def _spelled_out(self, acronym: str, offset: int) -> str:
        """The name an acronym stands for: one the text spells out before "(IMF)", or else the first
        run of capitalized words before it whose initials it is (those of "Centers for Disease Control
        and Prevention" begin with CDC)."""
        if acronym not in self.acronyms:
            spelled = self._spelled_before_parenthesis(acronym)
            name = _TRIMMED_THE.sub("", spelled.group(1)) if spelled else ""
            if not (name and _stands_for(acronym, name)):
                # (Not spelled out, only a run that reads as an organization's name: "AP" is no "Andrew Parker".)
                index = self._organizations_by_initials()
                found = [c for c in (index.get(acronym), index.get("+" + acronym) if len(acronym) >= 3 else None)
                         if c is not None and c[0] < offset]
                name = min(found)[1] if found else ""
            self.acronyms[acronym] = name
        return self.acronyms[acronym]

    def _organizations_by_initials(self) -> dict[str, tuple[int, str]]:
        """The first run of capitalized words that reads as an organization's name for each set of
        initials ("IMF"), and for each beginning of three letters or more of longer ones ("+CDC" for
        CDCP): built once per article, so that a page of many acronyms stays linear."""
        if self.by_initials is None:
            self.by_initials = {}
            for run in _RUN.finditer(self.text):
                if not _organization_like(run.group(1)):
                    continue
                name = _ON_A_DAY.sub("", _TRIMMED_THE.sub("", run.group(1)))  # ("... Administration on Monday")
                initials = _initials(name)
                self.by_initials.setdefault(initials, (run.start(), name))
                for n in range(3, min(len(initials), 7)):
                    self.by_initials.setdefault("+" + initials[:n], (run.start(), name))
        return self.by_initials

    def _spelled_before_parenthesis(self, acronym: str) -> re.Match[str] | None:
        """The run of capitalized words right before "(IMF)", read in a short window before the mark (a
        search of the whole text for the run and the mark together is quadratic in a page of capitals)."""
        if self.marks is None:  # where each "(ACRONYM)" first stands: one pass, however many acronyms speak
            self.marks = {}
            for mark in _ACRONYM_MARK.finditer(self.text):
                self.marks.setdefault(mark.group(1), mark.start())
        start = self.marks.get(acronym)
        if start is None:
            return None
        return _RUN_AT_END.search(self.text, max(0, start - SPELLED_OUT_CHARS), start)


# Words that stand before the phrase a "who" refers to ("criticism from business leaders who ..."); not
# "of", which stays inside it ("leaders of the union who ...").
_BEFORE_ANTECEDENT = CIRCUMSTANCE_PREPOSITIONS | OPENING_PREPOSITIONS | {"by", "to", "about", "into"}


SUBJECT_WORDS = 3  # at most, in a description opening its sentence that a "who" refers to


def _subject_opening(text: str, phrase: list[Token]) -> bool:
    """'Oyster farmers', 'Older people': a few words of one line, no determiner first (those are read as
    descriptions) and no function word or verb between (not "Bush tells voters", "should be people")."""
    return len(phrase) <= SUBJECT_WORDS and phrase[0].word not in DETERMINERS \
        and "\n" not in text[phrase[0].start : phrase[-1].end] and all(t.text.isalpha() for t in phrase) \
        and not any(t.word in FUNCTION_WORDS or _VERB_WORD.fullmatch(t.word) for t in phrase[1:-1]) \
        and phrase[-1].word not in FUNCTION_WORDS


_VERB_WORD = re.compile(rf"{VERB_SHAPE}|[a-z]+ing")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_MARK = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")
# A run of capitalized words, with "of", "for", "and", "the" between them.
_RUN = re.compile(r"((?:[A-Z][\w'\u2019.&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*)+[A-Z][\w'\u2019.&-]*)")
_RUN_AT_END = re.compile(r"((?:[A-Z][\w'\u2019.&-]*\s+(?:(?:of|for|and|the|on|de)\s+)*){0,8}[A-Z][\w'\u2019.&-]*)\s*$")
SPELLED_OUT_CHARS = 120  # before "(IMF)": the name it stands for
_TRIMMED_THE = re.compile(r"^The\s+")
_ON_A_DAY = re.compile(r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")  # when, not the name's
_NOT_INITIALS = {"of", "for", "and", "the", "on", "de", "&"}


_OWNED = re.compile(r"['\u2019]s\b")  # ("UK Government’s Eatwell Guide's recommended ...": a name of what it owns)


def _opens_with_a_verb(words_: str) -> bool:
    """Whether the first of the words is a verb in lowercase, no noun or modifier ("claim", "ruling",
    "Suggested")."""
    word = (words_.split() or [""])[0]
    return word.islower() and not word.endswith("ing") and word not in words("claim_nouns")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALS and w[:1].isupper())


def _stands_for(acronym: str, name: str) -> bool:
    """Whether the acronym is the initials of the name's words, or begins them (three letters at least)."""
    initials = _initials(name)
    return initials == acronym or len(acronym) >= 3 and initials.startswith(acronym) and len(initials) > len(acronym)


def _organization_like(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 or any(is_organization_word(w.lower()) for w in words)


def names_a_member(description: str) -> bool:
    """'one of them', 'two of the nurses', 'some of those': members of a group met before."""
    words = description.lower().split()
    return len(words) in (3, 4) and words[0] in _MEMBERS and words[1] == "of" \
        and (len(words) == 3 and words[2] == "them" or words[2] in ("the", "those", "these"))


def member_of(member_head: str, group_head: str) -> bool:
    """Whether a member's phrase (its head "them", or a noun) names one of a group with that head."""
    return member_head == "them" and _is_plural_head(group_head) or group_head.rstrip("s") == member_head.rstrip("s")


def _is_plural_head(head: str) -> bool:
    return head.endswith("s") or head in _PLURAL_HEADS


def _names_an_agency(name: str) -> bool:
    """'Federal Aviation Administration', 'Centers for Disease Control': a body "the agency" may stand for."""
    return any(word.lower() in words("agency_words") for word in name.split())


def _ends_as_companies_do(name: str) -> bool:
    """'Harbor Storage Co.', 'Harbor Mutual': a name whose last word only companies' names end with."""
    last = (name.split() or [""])[-1]
    return last.lower().rstrip(".") in _COMPANY_ENDINGS or is_business_word(last)
