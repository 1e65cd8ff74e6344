"""The distinct sources an article relies on, each with its mentions and the quotes given to it."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import lines, words
from ..models import Source, Span
from .mentions import PREPOSITIONS, Mention, description_before_name, opens_sentence
from .names import COMPANY_WORDS
from .people import AGE_AFTER_NAME, People
from .speakers import FINITE, SUBORDINATORS, Attribution
from .tokens import (
    ANY_VERB,
    DETERMINERS,
    POSSESSIVE_ENDING,
    is_anonymous_noun,
    is_cue,
    is_dictionary_word,
    is_document_word,
    is_title,
    pronoun_gender,
    pronoun_kind,
)

_REASON = (
    r"(?:who|because|as|speaking|talking)\b[^.,;\u201c\u201d\"]*?\b(?:not authorized|anonymity|anonymously|"
    r"not to be (?:named|identified)|not permitted|declined to be (?:named|identified)|sensitiv|private|"
    r"names? (?:not|never) be (?:used|published|printed)|"
    r"(?:declined|refused|would not|did not want) to (?:give|provide|share|use|be) (?:(?:his|her|their) "
    r"(?:full |last )?names?|named|identified)|did not want (?:his|her|their) names? (?:used|published)|"
    r"for fear of (?:retaliation|reprisals?|losing))"
    r"[^.,;\u201c\u201d\"]*"
)
_ANONYMITY = re.compile(r",?\s*" + _REASON, re.I)
# "spoke on condition of anonymity because ...", "asked not to be named because ...": a sentence of its own.
_STATED_REASON = re.compile(r"(?:spoke|speaks|asked|asks|requested|insisted|declined)\b[^.;\u201c\u201d\"]*?"
                            r"(?:anonymity|anonymously|not to be (?:named|identified)|not authorized)"
                            r"[^.;\u201c\u201d\"]*")
_SECOND_REASON = re.compile(r"(?<=, and |, but )" + _REASON, re.I)  # ("..., and who asked not to be named")
# ", D-Calif., the chairman of the House Intelligence Committee": party codes and "the ..." phrases, up to
# a period that ends the sentence (not one after "St." or "Dr.": "a nurse who has worked at St. Brendan's").
@cache
def _appositive() -> re.Pattern[str]:
    staying = sorted(words("abbreviations") - words("final_abbreviations"))
    not_after = "".join(rf"(?<!\b(?i:{re.escape(w)}))" for w in staying if "." not in w)
    return re.compile(r"(?:,\s+(?:[DRI]-[A-Z][a-z]*\.?|(?:the|a|an) [^,;\u201c\u201d\"]{2,140}?"
                      rf"(?=,|{not_after}\.(?:\s|$)|;|$)))+")

# " of the Fenwick Harbor Trust", " at Harbor Bank", " of the group Coast Watch": the organization a
# person's name places her in (a lowercase word before its name says what it is: lexicons/organization_words.txt).
@cache
def _affiliation() -> re.Pattern[str]:
    kinds = "|".join(sorted(re.escape(w) for w in words("organization_words") if w.isalpha()))
    return re.compile(r" (?:of|from|at|with) (?:the )?(?:(?:[a-z-]+ )?(?:" + kinds + r") )?"
                      r"(?:[A-Z][\w'\u2019&.-]*(?: (?:of|for|and|on) | |(?=[ ,.;])))+")


# Where a place the pattern above found runs on: a period before a capital, "and" before a word, "on" before one.
_SENTENCE_GOES_ON = re.compile(r"([\w'\u2019&.-]+)\. (?=[A-Z])| and (?=(\w+)\.? )| on (?=(\w+)\b)")


def _place_alone(place: str) -> str:
    """The place the pattern found, without what runs on after it: the next sentence ("of Vermont. But she
    ..."), a second titled person ("of Texas and Senator Rand Paul of Kentucky"), when ("of Fenwick Co. on
    Monday"), the sentence's period ("of New York."). Not an abbreviation's period: "of the U.S. Supreme
    Court", "of Fenwick Co."."""
    place = place.strip()
    for goes_on in _SENTENCE_GOES_ON.finditer(place):
        word, after_and, after_on = goes_on.groups()
        if word and "." not in word and word.lower() not in words("abbreviations") \
                or after_and and is_title(after_and.lower()) or after_on and after_on.lower() in words("time_words"):
            place = place[: goes_on.start() + (len(word) if word else 0)]
            break
    last = place.rsplit(None, 1)[-1].lower()
    return place if last.rstrip(".") in words("abbreviations") else place.rstrip(".")


# ", president of the Ferry Workers Union", ", senior fellow at the Harbor Institute": a role without its article.
_BARE_ROLE = re.compile(r",\s+((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:of|at|for|with) [^,;\u201c\u201d\"]{2,80}?"
                        r"(?=,|\.(?:\s|$)|;|$)")
# "The harbor master, " or "Her lawyer, " opening a sentence, before the name it describes (set off by commas).
# (Or the second of two people so named: "Fenwick's mayor, Rita Vance, and the council's budget chair, Holly Ek,".)
# (Or after "and", "while" or "but" joining its clause to the one before.)
_APPOSITIVE_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=, and )|(?<=, while )|(?<=, but ))"
                                r"((?:[Tt]he|An?|an?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
                                r"(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*(?:'s|\u2019s)) "
                                r"[^,;.\u201c\u201d\"\n]{2,60}),\s+$")
# The same after a preposition or "that" ("led by Quay's chief executive, Ada Quist, while ...", "said that
# the mayor's chief of staff, Tim Lee, had called"), and a name's role
# after it ("led by Ada Quist, Quay's chief executive."): each kept where its last word names a role and it
# holds no "and" or "or" (of a list: "thanked Ada Quist, Lee's wife and the mayor").
_ROLE_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|to|from|for|that) ((?:the(?: [a-z]+(?:'s|\u2019s))?|an?|"
                                     r"(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*(?:'s|\u2019s)) [a-z][a-z -]{2,60}),\s+$")
_OWNERS_ROLE_AFTER = re.compile(r",\s+((?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*(?:'s|\u2019s) [a-z][a-z -]{2,60}?)(?=[,.;]|$)")
_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def _is_clause(phrase: str, opened: bool) -> bool:
    """Whether words set off after a name are a clause of their own, which describes nobody: a finite verb
    before any relative word (", the latter is on the rise", "According to Grand View Research, the global
    market was valued at ...", not "a lawyer who has ...", "the first to have an office ..."), or, where the
    name follows the preposition its sentence opens with (opened: "For Clinton, the event presented ..."),
    any word shaped as a verb."""
    before = ""
    for word in phrase.split():
        low = re.split("['\u2019]", word.lower())[0]  # ("who’s had")
        if low in _RELATIVE_WORDS:
            return False
        if word.islower() and (low in FINITE and before != "to" or opened and ANY_VERB.fullmatch(word)):
            return True
        before = low
    return False


def _after_opening_preposition(text: str, start: int) -> bool:
    """'For Clinton', 'Unlike Ada Quist': the name at start follows the preposition its sentence opens with."""
    words_before = text[max(0, start - 20) : start].split()
    return bool(words_before) and words_before[-1].istitle() and words_before[-1].lower() in PREPOSITIONS


@cache
def _credentials() -> re.Pattern[str]:
    """Degrees and licences after a name, each after a comma (lexicons/credentials.txt, as written)."""
    forms = sorted({form for line in lines("credentials") for form in line.split()}, key=len, reverse=True)
    return re.compile(r"(?:,\s*(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-]))+")


@cache
def _relative_description() -> re.Pattern[str]:
    """', who chairs the transportation committee,': a relative clause set off by commas whose verb says
    what the person is or does (lexicons/role_verbs.txt), or one that says whose ("whose family has farmed
    the beds since 1962"). (A period before a lowercase word ends no sentence: "who joined Fenwick Ferry Co. as
    a deckhand".)"""
    verbs = "|".join(sorted(map(re.escape, words("role_verbs"))))
    return re.compile(r",\s+((?:who\s+(?:(?:is|was)\s+(?:a|an|the)|(?:has\s+|had\s+)?(?:" + verbs + r"))|whose)\b"
                      r"(?:[^,;.\u201c\u201d\"]|\.(?=\s+[a-z])){3,120})(?=[,;.])")


def source_key(attribution: Attribution) -> tuple[str, str]:
    m = attribution.mention
    if attribution.person is not None:
        return ("person", attribution.person.name)
    # (A role no named person holds, "The mayor" in a story that never names her, is an unnamed source.)
    kind = {"name": "person", "role": "anonymous", "pronoun": "person"}.get(m.kind, m.kind)
    if m.kind == "pronoun" and attribution.name:  # "they" for "his aides", "it" or "which" for the ministry
        # (A "he" or "she" with a name and no person: the unnamed speaker it stands for, speakers.rebind_to_unnamed.)
        # ("students who want ...", "anyone who knows ...": people described, not named)
        described = m.head == "who" and not _proper(attribution.name, True)
        kind = "organization" if m.head in ("it", "which") \
            else "anonymous" if m.plural or pronoun_gender(m.head) or described else kind
    name = attribution.name or m.name
    if kind == "anonymous":
        name = re.sub(r"^(?:a|an|the|one|some)\s+", "", name, flags=re.I)
    return (kind, name.lower())


def build_sources(text: str, attributions: list[Attribution], people: People) -> tuple[list[Source], list[str]]:
    """Sources in order of first attribution, and the source id of each attribution."""
    sources: dict[tuple[str, str], Source] = {}
    aliases: dict[str, tuple[str, str]] = {}  # a document named again ("the report") -> its first source
    described: dict[str, tuple[str, str]] = {}  # "the company" -> the source it stood for where it was resolved
    bare_nouns: list[tuple[str, str]] = []  # organizations by a lowercase noun alone ("company says"): a few
    ids: list[str] = []
    for attribution in attributions:
        key = source_key(attribution)
        m = attribution.mention
        words_of = text[m.start : m.end].lower()
        if m.kind in ("organization", "role") and _BACK_REFERENCE.fullmatch(words_of):
            if attribution.name and attribution.name.lower() != words_of:
                described[words_of] = key  # "the company" resolved to "Fenwick Ferries" here
            elif key not in sources and words_of in described:
                key = described[words_of]  # ... and stands for it again paragraphs later
        if attribution.mention.kind == "pronoun" and key not in sources:
            # "It adds: ..." after "says the research": the document already listed, not an organization.
            key = aliases.get(key[1]) or described.get(key[1]) \
                or next((known for known in sources if known[1] == key[1]), key)
        if key[0] == "document" and key not in sources and _BACK_REFERENCE.fullmatch(key[1]):
            # "The report warned" after "A 2023 report by the Coastal Institute found": the same document.
            head = key[1].split()[-1]
            named = next((known for known in reversed(sources) if known[0] == "document"
                          and head in _HEAD_PART.split(known[1], 1)[0].split()), None)
            if named is not None:
                aliases[key[1]], key = named, named
        elif key[0] == "document" and key not in sources:
            # "study finds" in the headline, then "a study published Wednesday in ...": the headline's noun
            # alone is the document the story names in full, one source (with the full name).
            lead = _HEAD_PART.split(key[1], 1)[0].split()
            head = next((w for w in lead if is_document_word(w)), lead[-1])
            bare = next((known for known in sources if known[0] == "document"
                         and re.sub(r"^(?:the|this|that|a|an|new) ", "", known[1]) == head), None)
            if bare is not None:
                source = sources.pop(bare)
                source.name = attribution.name or text[attribution.mention.start : attribution.mention.end]
                sources[key] = source
                aliases[bare[1]] = key
        elif key[0] == "organization" and key not in sources and _capitalized_name(attribution.name or m.name):
            # "..., company says" in the headline, then "Fenwick Bank said ...": the bare noun is the
            # organization the story names, one source (with the name).
            bare = next((known for known in bare_nouns if _bare_noun_for(known[1], key[1])), None)
            if bare is not None:
                bare_nouns.remove(bare)
                source = sources.pop(bare)
                source.name, source.named = attribution.name or m.name, True
                sources[key] = source
                aliases[bare[1]] = key
        elif key[0] == "anonymous" and key not in sources:
            # "..., people familiar with the plan say" in the headline, then "according to three people
            # familiar with the plan": the bare plural is the group the story counts, one source (its fuller name).
            bare = next((known for known in sources if known[0] == "anonymous"
                         and (_counted(key[1], known[1]) or _counted(known[1], key[1]))), None)
            if bare is not None and _counted(key[1], bare[1]):
                sources[bare].name = attribution.name or text[m.start : m.end]
                sources = {key if known == bare else known: value for known, value in sources.items()}  # (in place)
            elif bare is not None:
                key = bare
        source = sources.get(key)
        if source is not None and source.kind == "person" and m.kind == "pronoun" and m.head == "it":
            source.kind = "organization"  # a name "it" stands for ("The Red Cross said ... it said")
        if source is None:
            kind = key[0]
            named = kind == "person" or kind == "organization" and _organization_named(text, attribution)
            source = Source(
                id=f"s{len(sources) + 1}",
                name=attribution.name or (m.name if m.kind == "name" else text[m.start : m.end]),
                kind=kind if kind != "person" or attribution.name else "anonymous",
                named=named and bool(attribution.name),
                description=_description(text, attribution, people),
            )
            sources[key] = source
            if kind == "organization" and source.name.isalpha() and source.name.islower():
                bare_nouns.append(key)
        elif source.kind == "anonymous" and not source.description and m.kind == "anonymous":
            # The reason for anonymity given where they speak again: "..., the people said, speaking on ...".
            source.description = _description(text, attribution, people)
        source.mentions.append((m.start, m.end))
        source.quote_count += 1
        ids.append(source.id)
    for source in sources.values():
        if source.kind == "person":
            person = people.find(source.name)
            source.mentions.extend(person.occurrences if person else [])
        source.mentions = sorted(set(source.mentions))
    return list(sources.values()), ids


def _capitalized_name(name: str) -> bool:
    """'Fenwick Bank', 'Fenwick Power and Light': every word capitalized but the small ones."""
    return all(word[:1].isupper() for word in name.split() if word not in ("and", "of", "for", "the", "&"))


def _bare_noun_for(bare: str, name: str) -> bool:
    """Whether a headline's bare noun ("bank", "company") stands for the organization named (lowercase):
    the last word of its name, or any company's noun."""
    return name.rsplit(None, 1)[-1] == bare or bare in COMPANY_WORDS


_COUNT = re.compile(r"(?:the |some |many |several |\d+ |two |three |four |five |six |seven |eight |nine |ten )+")


def _counted(counted: str, bare: str) -> bool:
    """Whether a group is the bare plural of a longer phrase ("people familiar with the plan") counted or
    set off ("three people familiar with the plan")."""
    found = _COUNT.match(counted)
    return found is not None and " " in bare and counted[found.end() :] == bare


# "the report", "this study": a document named again by its noun alone, that of a document named before
# (in the words before what follows its noun: "a 2023 report | by the Coastal Institute"); "the company",
# an organization's, once it was resolved to the name.
_BACK_REFERENCE = re.compile(r"(?:the|this|that) [a-z]+")
_HEAD_PART = re.compile(r"\s(?:of|by|from|in|on|for|with|about|at)\s")


def _organization_named(text: str, attribution: Attribution) -> bool:
    """Whether an organization speaks by its name: its phrase is one ("The Fenwick Times"), or it stands
    for one named before ("the company", "it" for Harbor Robotics; not "it" for "the Department")."""
    m, name = attribution.mention, attribution.name
    phrase = text[m.start : m.end]
    if m.kind == "organization" and _proper(phrase, opens_sentence(text, m.start)):
        return True
    return m.kind in ("organization", "pronoun") and bool(name) and name != phrase and _proper(name, False) \
        and not (m.kind == "pronoun" and _common_noun(name))


def _common_noun(name: str) -> bool:
    """'Department', 'the Bank': one word of the dictionary, however capitalized, names no one in particular."""
    core = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return " " not in core and is_dictionary_word(core.lower())


def _proper(phrase: str, opens: bool) -> bool:
    """A name ("The Fenwick Times", "Harbor Bank", "the Clinton campaign", "China's foreign ministry"), not
    a noun its article capitalizes ("The council") nor a word capitalized to open the sentence
    ("Environmental groups urged ...", "Gay rights groups say")."""
    parts = phrase.split()
    article = len(parts) > 1 and parts[0].lower() in ("the", "a", "an")
    core = parts[1:] if article else parts
    if not core or not core[0][:1].isupper():
        return False
    if article or not opens or core[-1][:1].isupper():
        return True
    capitalized = [w for w in core[:-1] if w[:1].isupper()]
    return len(capitalized) > 1 or any(POSSESSIVE_ENDING.search(w) for w in capitalized)


def _description(text: str, attribution: Attribution, people: People) -> str:
    m = attribution.mention
    lead = description_before_name(text, m)
    if lead:  # "..., a spokeswoman, Holly Ek, said", "his wife, Jane, said"
        return _titled(attribution.person.titles if attribution.person else [], lead)
    if attribution.person is not None:
        person = attribution.person
        whose = ""
        for start, end in sorted(person.occurrences):
            end = age.end() if (age := AGE_AFTER_NAME.match(text, end)) else end  # "Rita Vance, 61, the harbor master"
            letters = _credentials().match(text, end)  # "Rita Vance, MS, RDN, the dietitian"
            after = _appositive().match(text, letters.end() if letters else end)
            after = after if after and not _is_clause(after.group(0), _after_opening_preposition(text, start)) else None
            bare = _BARE_ROLE.match(text, end) if after is None else None
            after = bare if bare and _names_a_role(bare.group(1).split()[-1]) else after  # ", president of ..."
            if letters or after:
                said = ", ".join(_clean(part.group(0)) for part in (letters, after) if part)
                return _titled(person.titles, said)
            relative = _relative_description().match(text, end)
            if relative and relative.group(1).startswith("whose"):
                # (what a clause that says whose tells is kept only where nothing else describes the person,
                # and from where the story names them first: later ones comment, "whose apparel is ...")
                if (start, end) == min(person.occurrences):
                    whose = relative.group(1) if len(relative.group(1).split()) > 3 else ""
                relative = None
            if relative:  # "Ana Lima, who chairs the transportation committee, said"
                # ("Economist Ana Lima, who studies ...": the role before the name, then the clause)
                role = _role_before(text, start)
                return _titled(person.titles, f"{role}, {relative.group(1)}" if role else relative.group(1))
            place = _affiliation().match(text, end)
            if place:  # "Rita Vance of the Fenwick Harbor Trust" ("marine biologist Ada Quist of ...": her role too)
                role = _role_before(text, start)
                return _titled(person.titles, f"{role} {_place_alone(place.group(0))}".strip())
            before = _APPOSITIVE_BEFORE.search(text, max(0, start - 80), start)
            if before and text.startswith(",", end) and not ANY_VERB.search(before.group(1)):
                return _titled(person.titles, before.group(1))  # "The harbor master, Rita Vance, said"
            beside = _ROLE_AFTER_PREPOSITION.search(text, max(0, start - 80), start) if text.startswith(",", end) \
                else None
            beside = beside or _OWNERS_ROLE_AFTER.match(text, end)
            # (its head: the last word, or the one before "of": "the mayor's chief of staff")
            if beside and _names_a_role(beside.group(1).split(" of ")[0].split()[-1]) \
                    and not {"and", "or"} & set(beside.group(1).split()):
                return _titled(person.titles, beside.group(1))
        role = _role_before_name(text, m, person.occurrences)
        return _titled(person.titles, role or whose)
    if m.kind == "anonymous":  # the reason after the mention, or after the cue ("the people said, speaking on ...")
        # (Up to the cue when it follows: "An aide who was not authorized to speak said ..." ends at "said".)
        before_cue = attribution.cue[0] if attribution.cue[0] > m.end else len(text)
        # (or a second clause before the cue: "An engineer who worked on the study, and who asked not to be named")
        reason = _ANONYMITY.match(text, m.end, before_cue) or _SECOND_REASON.search(text, m.end, before_cue) \
            or _ANONYMITY.match(text, attribution.cue[1])
        if reason is None:  # (or the sentence after: "..., two diplomats said. They spoke on condition of ...")
            reason = _next_sentence_reason(text, max(m.end, attribution.cue[1]), m.plural)
        return _clean(reason.group(0)) if reason else ""
    return ""


NEXT_REASON_REACH = 200  # characters from the cue to the end of its sentence
_NEXT_SENTENCE = re.compile(r"[.!?][\u201d\"]?\s+")


def _next_sentence_reason(text: str, after: int, plural: bool) -> re.Match[str] | None:
    """The reason the sentence after the attribution gives, its subject a pronoun for the unnamed source:
    "They spoke on condition of anonymity because they were not authorized to discuss the talks." """
    end = _NEXT_SENTENCE.search(text, after, after + NEXT_REASON_REACH)
    if end is None or "\n" in text[after : end.start()]:
        return None
    pronouns = ("They ",) if plural else ("He ", "She ")
    opening = next((p for p in pronouns if text.startswith(p, end.end())), None)
    return _STATED_REASON.match(text, end.end() + len(opening)) if opening else None


ROLE_WORDS = 6  # at most, in a role written before a name
_ROLE_WORD = re.compile(r"[A-Za-z][\w.&'\u2019-]*")
_AGENT_ENDINGS = ("or", "ist", "ian")  # "director", "economist", "historian" (not "-er": "lower", "center")
_ROLE_BREAKS = PREPOSITIONS | SUBORDINATORS | {"and", "or", "including", "according", "than", "what", "which", "who",
                                               "whom", "that", "against", "versus", "vs.", "like", "unlike"}


def _role_before_name(text: str, m: Mention, occurrences: list[Span]) -> str:
    """What the text writes before the name where the speaker is mentioned (or, for a pronoun, where the
    text names the person), from the last word in lowercase naming a role back over the words joined to
    it ("White House press secretary Josh Earnest", "Former first lady Laura Bush", "Clinton campaign
    manager Robby Mook"), up to a mark, a determiner, a verb or a cue ("said port director Paul Grant")."""
    start = next((s for s, e in occurrences if m.start <= s and e <= m.end), None)
    # ("she said", or "Lee said" after "rookie Tim Lee": where the person is named, the first time a role
    # stands before the name)
    return (_role_before(text, start) if start is not None else "") \
        or next(filter(None, (_role_before(text, s) for s, _ in sorted(occurrences))), "")


def _role_before(text: str, start: int) -> str:
    """The role written right before the name at start, if any."""
    if text[start - 1 : start] != " ":
        return ""
    words_ = text[max(0, start - 80) : start - 1].split(" ")  # the words right before, a space apart
    role: list[str] = []
    for word in reversed(words_):
        opening = "\n" in word  # ("\n\nHarbor City coach Ray Okafor": the line's first word, then no more)
        word = word.rsplit("\n", 1)[-1]
        low = word.lower()
        # (It stops at a mark, a determiner, a verb or a cue, and at a pronoun or a gerund of stance: "a
        # speech denouncing Republican nominee Ada Quist" is "Republican nominee".)
        if not _ROLE_WORD.fullmatch(word) or len(role) == ROLE_WORDS or low in DETERMINERS or low in _ROLE_BREAKS \
                or low in FINITE or is_cue(low) or pronoun_kind(low) \
                or low.endswith("ing") and is_cue(low, stance=True) \
                or word.islower() and ANY_VERB.fullmatch(word) \
                or word.endswith(".") and len(word) > 2 and low not in words("abbreviations"):  # ("campaign.")
            break
        if opening and low in words("connectives"):
            break  # ("But Trump campaign chairman Paul Manafort": the clause's joiner)
        role.insert(0, word)
        if opening:
            break
    return " ".join(role) if role and role[-1].islower() and _names_a_role(role[-1].lower()) else ""


def _names_a_role(word: str) -> bool:
    """A title, a noun for a person or an agent noun ("director", "economist", "historian")."""
    return is_title(word) or is_anonymous_noun(word) or len(word) >= 6 and word.endswith(_AGENT_ENDINGS)


def _titled(titles: list[str], description: str) -> str:
    """The person's titles, then what the text says of them: "Sen., who chairs the committee", "Gov.", and
    "Sheriff of Fenwick County" (a title written out, which the place it is held in completes)."""
    title, said = _clean(" ".join(titles)), _clean(description)
    joint = " " if said.startswith("of ") and title[-1:].isalpha() else ", "
    return joint.join(part for part in (title, said) if part)


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" ,")
