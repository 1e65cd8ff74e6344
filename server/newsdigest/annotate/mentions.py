"""Noun phrases that can be a speaker: names, pronouns, descriptions of people, organizations, documents.

`mention_before` reads the phrase that ends just before a cue ("Schiff | said"); `mention_after`
reads the one that starts just after it ("said | Sen. Mark Warner, D-Va., ..."). Both work on tokens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import lines, words
from .tokens import (
    ARTICLES,
    AUXILIARIES,
    DETERMINERS,
    FINITE,
    POSSESSIVE_ENDING,
    WORD_CACHE,
    Token,
    given_names,
    irregular_past,
    is_anonymous_noun,
    is_company_kind,
    is_cue,
    is_document_word,
    is_organization_word,
    is_title,
    looks_plural,
    pronoun_kind,
)

_AGE = re.compile(r"\d+-year-olds?")
# "4 in 10", "nine out of 10"
# "Six in 10 voters", "About one in five", "three out of four": a share of those polled.
_IN_TEN = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) "
                     r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)", re.I)
_NUMBER = re.compile(r"\d+|two|three|four|five|six|seven|eight|nine|ten")  # (what a share is out of)
PARTICLES = words("name_particles")
POSTMODIFIERS = (("familiar", "with"), ("close", "to"), ("briefed", "on"), ("with", "knowledge"),
                 ("with", "direct"), ("involved", "in"), ("knowledgeable", "about"), ("aware", "of"))
TIME_WORDS = words("time_words")
# Marks that end a phrase: a mention never runs over one.
PHRASE_BOUNDARIES = frozenset(",;:()\u2014\u2013\"\u201c\u201d")
PUBLISHED = words("publication_words")  # "a poll released on Tuesday showed"
NAMED_DOCUMENTS = words("named_documents")  # "the 2023 NAIC Health Insurance Report" (not "Post")
PUBLISHED_REACH = 10  # how far back from the verb such a word may stand
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
GO = {"go", "goes", "went", "going"}
REFLEXIVES = {"itself", "himself", "herself", "themselves"}
ASIDE_TOKENS = 32  # 'Lina Berg, the region's chief engineer and top planner for the region ..., said'
# Words that never describe a person ("said in Iowa", "said after Trump spoke").
FUNCTION_WORDS = {"of", "to", "for", "at", "in", "with", "on", "from", "by", "about", "after", "before", "during",
                  "over", "under", "into", "than", "that", "and", "or", "but", "as", "if", "when", "while", "so",
                  "because", "since", "until", "it", "there", "here", "not", "was", "is", "my", "your"} | DETERMINERS
LEADING_MODIFIERS = words("leading_modifiers")  # "said former Gov. Jim Doyle"
# Capitalized words that open sentences or clauses without being names.
NOT_NAMES = words("not_names")  # capitalized, never part of a name


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # name | pronoun | anonymous | organization | document | role | group (a share of a poll)
    name: str  # the name part of a name, the description otherwise
    head: str  # the word that decides the kind (surname, pronoun, noun)
    plural: bool = False
    parts: tuple[Mention, ...] = ()  # the names of people named together ("Quist and Lee"), each a name


def unbroken(text: str, start: int, end: int) -> bool:
    """No sentence break between two offsets (the tokenizer drops sentence-final periods)."""
    gap = text[start:end]
    return not any(c in gap for c in ".!?\n")


# What breaks a phrase between two words: a sentence's end, a quote mark, a dash typed as hyphens
# ("WASHINGTON -- President Obama") or a run of spaces.
_BREAK = re.compile("[.!?\n'\"\u2018\u2019\u201c\u201d-]|   ")
_PLURAL_POSSESSIVE_GAPS = {"' ", "\u2019 "}  # but not "the nurses’ union": a plural's possessive


def _joined(text: str, left: Token, right: Token) -> bool:
    """'met Obama. Trump said' is not the name 'Obama Trump', nor "'Doubts' Ren Hualin" 'Doubts Ren Hualin'."""
    return left.end >= right.start or _BREAK.search(text, left.end, right.start) is None or (
        left.word[-1:] == "s" and right.text.islower() and text[left.end : right.start] in _PLURAL_POSSESSIVE_GAPS)


def _unbroken_run(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens[a] to tokens[b] are one run of words, each joined to the next."""
    return all(_joined(text, tokens[k], tokens[k + 1]) for k in range(a, b))


def _index_at(tokens: list[Token], offset: int) -> int:
    """The index of the first token starting at or after offset (a mention's first word)."""
    return bisect.bisect_left(tokens, offset, key=lambda t: t.start)


def is_adverb(token: Token) -> bool:
    """An adverb (one capitalized too in a title-case headline: "Donald Trump Finally Endorses ...")."""
    return (token.word.endswith("ly") and len(token.word) > 4 and token.word not in words("ly_words")
            or token.word == "overall") and (token.text.islower() or token.word in NOT_NAMES)


# The words that never start a name, and their short forms with a verb ("That's", "There's", "They're"):
# one set, as _is_name_token is asked of every capitalized word.
_NOT_NAME_FORMS = NOT_NAMES | {f"{word}{mark}{verb}" for word in NOT_NAMES for mark in "'\u2019"
                               for verb in ("s", "re", "ve", "ll", "d", "m")}


def _is_name_token(token: Token) -> bool:
    """A capitalized word that may be part of a name: not a function word, even contracted."""
    return token.capitalized and token.text[0].isalpha() and token.word not in _NOT_NAME_FORMS


def _name_of(tokens: list[Token]) -> list[Token]:
    """The name inside a capitalized run: after its last title and what completes that title
    ("Secretary of State John Kerry": "State John Kerry" is a run of its own), without a possessive."""
    cut = 0
    for i, token in enumerate(tokens):
        if is_title(token.word) or token.word.endswith(("\u2019s", "'s")):
            cut = i + 1
    name = tokens[cut:] or tokens[-1:]
    while len(name) > 1 and (name[0].word in NOT_NAMES or (name[0].word.endswith(("an", "ese", "ish"))
                             or is_organization_word(name[0].word) or is_anonymous_noun(name[0].word))
                             and len(name) > 2):  # ("Billionaire Mark Cuban": who he is, then his name)
        name = name[1:]
    return name


def _is_acronym(token: Token) -> bool:
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at start is the first of its sentence, or of what follows a label's colon
    ("Q: Does Marco Rubio ...?") or a list item's bullet ("- Grab posts from ..."), after its opening
    quote mark or parenthesis."""
    before = text[max(0, start - 4) : start].rstrip(" \u201c\"'(")
    if before[-1:] in ("-", "\u2022", "*") and before[:-1].rstrip(" ")[-1:] in ("", "\n"):
        before = before[:-1].rstrip(" ")  # (a bullet opening its line)
    return not before or before[-1] in ".!?:\n"


@cache
def _place_names() -> frozenset[str]:
    return frozenset(lines("place_names"))


@lru_cache(maxsize=WORD_CACHE)
def is_place_name(phrase: str) -> bool:
    """A country, a U.S. state or a capital (lexicons/place_names.txt), with "the" where its name takes it."""
    return " ".join(word.rstrip(".") for word in phrase.lower().split()) in _place_names()


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _cue_follows(text: str, end: int) -> bool:
    """Whether the word after offset end is a verb of speech, perhaps after auxiliaries ("Video shows
    ...", "Research has shown ...")."""
    word = _NEXT_WORD.match(text, end)
    for _ in range(3):  # ("has also been shown": a few at most)
        if word is None or word.group(1) not in AUXILIARIES:
            break
        word = _NEXT_WORD.match(text, word.end())
    return word is not None and is_cue(word.group(1))


# A plural noun for people by what they do ("according to hydrologists", "Designers have ..."): in lower
# case but for a capital opening the sentence. (Of "-ers" and "-ors", only the lexicons' own, singular:
# "Sanders" and "Rogers" are surnames.)
_PEOPLE_PLURAL = re.compile(r"[a-z]+(?:ists|ians|ants|ents|(?P<agent>ors|ers))")


def is_people_plural(word: str, any_agent_in_lower_case: bool = False) -> bool:
    """Whether the word is a plural of people by their trade; any_agent_in_lower_case: every "-ers" and
    "-ors" written in lower case is one too (no surname is: "according to organizers")."""
    m = _PEOPLE_PLURAL.fullmatch(word[:1].lower() + word[1:])
    if m is None or is_document_word(word.lower()):
        return False
    if not m.group("agent") or any_agent_in_lower_case and word.islower():
        return True
    return is_title(word[:-1].lower()) or is_anonymous_noun(word[:-1].lower())


def is_business_word(word: str) -> bool:
    """A word companies' names end with ("Ferries", "Capital", "Robotics": lexicons/business_plurals.txt)."""
    return word.lower() in words("business_plurals")


def is_business_name(name: list[Token]) -> bool:
    """'Fenwick Ferries', 'Tidewater Ventures': a capitalized name that ends in a business word (or a
    union's: 'United Auto Workers', lexicons/union_plurals.txt)."""
    return len(name) >= 2 and name[-1].capitalized and (is_business_word(name[-1].word)
                                                        or name[-1].word in words("union_plurals"))


_CONTRACTION = re.compile(r"['\u2019](?:ll|re|ve|d|m|s)$")
_PERSONAL_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it", "me", "us", "them", "him"}


def is_year(word: str) -> bool:
    """'2021', '1998': a year, not a count."""
    return bool(_YEAR.fullmatch(word))


# Words no phrase naming someone ends with (not the quantifiers and numbers that stand alone: "the two",
# "one in three", "said another").
_CUT_SHORT_ENDS = (FUNCTION_WORDS - DETERMINERS) | {"a", "an", "the", "this", "that", "these", "those", "his", "their",
                                                   "its", "our", "no"}


def _malformed(phrase: list[Token]) -> bool:
    """A phrase of two words or more cut short (its last word a function word in lower case: "The type
    and"), or opening with a finite verb ("Is French") or a subordinator ("Whilst blockchain advocates"):
    no speaker's."""
    if len(phrase) < 2:
        return False
    head, first = phrase[-1], phrase[0]
    opens_with_verb = first.word in FINITE and first.word not in given_names()  # (not "Will Doyle")
    return head.word in _CUT_SHORT_ENDS and head.text.islower() or opens_with_verb or first.word in SUBORDINATORS


def _holds_a_clause(tokens: list[Token]) -> bool:
    """Whether a personal pronoun stands in the phrase other than joined to another speaker ("he and
    election-law experts", "Ms. Rao and I") or after a preposition ("many of you", "those around him")."""
    for k, t in enumerate(tokens):
        bare = _CONTRACTION.sub("", t.word) if "\u2019" in t.word or "'" in t.word else t.word  # ("We’ll also ...")
        if bare in _PERSONAL_PRONOUNS and (t.text[:1].islower() or bare == "i" or t.text != t.text.upper() and k == 0):
            joined = k > 0 and (tokens[k - 1].word in ("and", "or", ",", "around", "like", "near", "behind")
                                or tokens[k - 1].word in PREPOSITIONS) \
                or k + 1 < len(tokens) and tokens[k + 1].word in ("and", "or", ",")  # ("most of them")
            if not joined:
                return True
    return False


_WHAT_IT_COVERS = re.compile(r"\s+(?:of|from|on|about)\s+(?:the|a|an|this|that|his|her|their|its)\b")


def classify_phrase(text: str, tokens: list[Token]) -> Mention | None:
    """What kind of speaker a phrase is, if it is one at all."""
    if not tokens:
        return None
    head = tokens[-1]
    if _malformed(tokens):
        return None  # "A fund that", "Is French", "Whilst blockchain advocates": no description of anyone
    if len(tokens) == 1 and _is_acronym(head):  # "the WHO", "the FBI": an organization, not "who"
        return Mention(head.start, head.end, "organization", head.text, head.word)
    if len(tokens) == 1 and pronoun_kind(head.word):
        return Mention(head.start, head.end, "pronoun", head.text, head.word,
                       plural=pronoun_kind(head.word) in ("plural", "speakers"))
    if head.capitalized and head.word in words("place_words") and len(tokens) > 1:
        return None  # "Atlantic City": a place does not speak
    if head.capitalized and len(tokens) <= 4 and is_place_name(_span_text(text, tokens)):
        # "Russia said", "Texas sued": a country or a state speaks for its government.
        return Mention(tokens[0].start, head.end, "organization", _span_text(text, tokens), head.word)
    if len(tokens) == 1 and head.word in words("not_surnames") and not head.word.endswith("s"):
        return None  # "32% of Republican claims": an adjective alone speaks for nobody
    if len(tokens) == 1 and head.capitalized and opens_sentence(text, head.start):
        # "People briefed on the move said", "Poll: ...": a common noun, capitalized only because it
        # opens the sentence.
        if is_anonymous_noun(head.word) and head.word not in words("trade_surnames"):
            return Mention(head.start, head.end, "anonymous", head.text, head.word, head.word.endswith("s"))
        if head.word in QUANTIFIERS:
            return None  # "Most people chanting here ...": a quantifier, no name
        if is_people_plural(head.text):  # "Designers have ...": people by their trade, no name
            return Mention(head.start, head.end, "anonymous", head.text, head.word, True)
        if head.word in words("finding_words") or is_document_word(head.word) and (
                head.word.endswith("s") or _cue_follows(text, head.end) or _WHAT_IT_COVERS.match(text, head.end)):
            # ("Poll: ...", "Documents obtained by The AP show", "Video shows", "Video of the crash shows",
            # not the label "Transcript:")
            return Mention(head.start, head.end, "document", head.text, head.word)
    if head.capitalized and head.word in words("not_surnames"):  # "Senate Republicans", "Muslim Americans"
        return Mention(tokens[0].start, head.end, "anonymous", _span_text(text, tokens), head.word,
                       head.word.endswith("s"))
    share = head.word.rsplit("-", 1)[-1] in words("share_nouns")  # "a third", "Two-thirds"
    if all(_is_name_token(t) or t.word in PARTICLES or is_title(t.word) for t in tokens) and _is_name_token(head) \
            and not share:
        if head.word in NAMED_DOCUMENTS:  # "Salesforce's State of Data and Analytics Report": a document
            return Mention(tokens[0].start, head.end, "document", _span_text(text, tokens), head.word)
        name = _name_of(tokens)
        if is_organization_word(head.word) or any(is_organization_word(t.word) for t in name) \
                or is_business_name(name):
            # ("Retailer Quay Brands said": what kind of company, capitalized as the sentence's first word)
            kind = len(tokens) > 2 and is_company_kind(tokens[0].word) and opens_sentence(text, tokens[0].start)
            return Mention(tokens[0].start, head.end, "organization", _span_text(text, tokens[kind:]), head.word)
        return Mention(tokens[0].start, head.end, "name", _span_text(text, name), name[-1].word)
    if len(tokens) > 1 and _holds_a_clause(tokens):
        return None  # "The last thing you", "A calendar app helps you": a clause, no description of anyone
    word = head.word
    plural = looks_plural(word)
    if share or any(_IN_TEN.fullmatch(_span_text(text, tokens[-n:])) for n in (3, 4)):
        return Mention(tokens[0].start, head.end, "group", _span_text(text, tokens), word, True)
    if word[0].isdigit() and text.startswith("%", head.end):  # "47% say": the share is who speaks
        return Mention(tokens[0].start, head.end + 1, "group", text[tokens[0].start : head.end + 1], "%", True)
    if is_anonymous_noun(word) or _AGE.fullmatch(word):  # "the aide", "the 46-year-old"
        return Mention(tokens[0].start, head.end, "anonymous", _span_text(text, tokens), word, plural)
    if is_document_word(word) and not (head.capitalized and is_organization_word(word)):  # ("The Washington Post")
        return Mention(tokens[0].start, head.end, "document", _span_text(text, tokens), word)
    if is_organization_word(word) or _broadcaster(tokens) or _governed_place(text, tokens):
        return Mention(tokens[0].start, head.end, "organization", _span_text(text, tokens), word, plural)
    if is_title(word):
        return Mention(tokens[0].start, head.end, "role", _span_text(text, tokens), word)
    return None


NAME_PLACE_WORDS = 3  # at most, in the name before "village" ("Ishwaripur village")


def _place_noun(token: Token) -> bool:
    """'city', 'village' in lowercase (lexicons/governed_places.txt)."""
    return token.word in words("governed_places") and token.text == token.word


def _governed_place(text: str, tokens: list[Token]) -> bool:
    """'The city had argued', 'the county said': the place's government (not "Many in the city", "every
    city"; one by its name, "Quay village", is _village_by_name's)."""
    if tokens[0].word != "the" or len(tokens) > 3 or not _place_noun(tokens[-1]):
        return False
    before = text[max(0, tokens[0].start - 12) : tokens[0].start].split()
    return not before or before[-1].lower() not in PREPOSITIONS


def places_by_name(text: str, tokens: list[Token], found: Mention) -> Mention | None:
    """'the town of Fenwick', 'the cities of Fenwick and Quay': places named after their common noun
    (lexicons/governed_places.txt, in the plural too), whose governments speak."""
    k = _index_at(tokens, found.start)
    if found.kind not in ("organization", "name"):
        return None
    if k >= 2 and tokens[k - 1].word == "and" and _is_name_token(tokens[k - 2]):  # ("of Blackpool and Liverpool")
        k -= 1
        while k >= 1 and _is_name_token(tokens[k - 1]) and _joined(text, tokens[k - 1], tokens[k]):
            k -= 1
    if k < 3 or tokens[k - 1].word != "of" or tokens[k - 3].word != "the":
        return None
    noun = tokens[k - 2].word
    if not _place_common_noun(noun) or tokens[k - 2].text != noun:
        return None
    start = tokens[k - 3].start
    return Mention(start, found.end, "organization", text[start : found.end], noun, noun.endswith("s"))


def _place_common_noun(noun: str) -> bool:
    """'town', 'cities' (lexicons/governed_places.txt, in the singular or the plural)."""
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
    return singular in words("governed_places")


def with_examples(text: str, tokens: list[Token], found: Mention) -> Mention | None:
    """'Critics like Quist', 'experts such as Tim Lee': people of a kind, named by an example of them, speak
    together (not the example alone)."""
    k = _index_at(tokens, found.start)
    if found.kind not in ("name", "organization") and found.head not in ("him", "her", "them"):
        return None
    k = k - 1 if k >= 1 and tokens[k - 1].word == "the" else k  # ("groups like the Harbor Trust")
    if k >= 2 and tokens[k - 1].word == "like":
        k -= 1
    elif k >= 3 and tokens[k - 1].word == "as" and tokens[k - 2].word == "such":
        k -= 2
    else:
        return None
    kind = _mention_before(text, tokens, k - 1)
    if kind is None or kind.kind not in ("anonymous", "group") or not kind.plural or kind.end != tokens[k - 1].end \
            or not _opens_clause(text, tokens, _index_at(tokens, kind.start)):
        return None
    return Mention(kind.start, found.end, kind.kind, text[kind.start : found.end], kind.head, True)


def _village_by_name(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'Quay village', 'Harris county': a place by its name and a lowercase noun (lexicons/governed_places.txt),
    which "Rita Vance of Quay village said" places her in."""
    if i < 1 or not _place_noun(tokens[i]):
        return None
    j = i
    while j > 0 and i - j < NAME_PLACE_WORDS and _is_name_token(tokens[j - 1]) and unbroken(text, tokens[j - 1].end,
                                                                                          tokens[j].start):
        j -= 1
    return Mention(tokens[j].start, tokens[i].end, "organization", _span_text(text, tokens[j : i + 1]),
                   tokens[i].word) if j < i else None


def _broadcaster(tokens: list[Token]) -> bool:
    """'State television', 'Russian state media', 'local radio': the news outlets of a state or a place."""
    if len(tokens) < 2 or tokens[-1].word not in words("broadcast_heads"):
        return False
    owner = tokens[-2]
    return owner.word in words("broadcast_owners") or owner.capitalized and owner.word != "social" \
        and not is_organization_word(owner.word)


def mention_before(text: str, tokens: list[Token], i: int) -> Mention | None:
    """The speaker phrase ending at tokens[i] (the token right before the cue), if any; a share of
    it when one comes before ("26 percent of voters", "a majority of renters"); a name with the
    description that opens its sentence before it ("The former governor, Walt Durning, ...")."""
    found = _phrase_before(text, tokens, i)
    # (An appositive is set off on both sides: not "These employees, Stumpf said, were". Read the marks
    # around the name first: most names have none.)
    if found is None or found.kind != "name" or not text.startswith(",", found.end) \
            or not text[max(0, found.start - 3) : found.start].rstrip().endswith(","):
        return found
    k = _index_at(tokens, found.start)
    if k < 2 or tokens[k - 1].text != ",":
        return found
    opening = _mention_before(text, tokens, k - 2)
    if opening is None or opening.end != tokens[k - 2].end or not opens_sentence(text, opening.start):
        return found
    return _described_before(text, tokens, opening, found) or found


ALL_BUT_REACH = 6  # words from "but" to the phrase's end ("all but a handful of the rest")


def _all_but(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'All but two said', 'all but a handful of the senators': those left when a few are taken out speak."""
    for k in range(i - 1, max(0, i - ALL_BUT_REACH) - 1, -1):
        if tokens[k].word == "but" and k >= 1 and tokens[k - 1].word == "all":
            taken = tokens[k + 1]  # (a number taken out: not "all but begging a voter")
            if not (taken.text[0].isdigit() or taken.word in words("number_words") or taken.word in ("a", "one")) \
                    or not _unbroken_run(text, tokens, k - 1, i) or not _opens_clause(text, tokens, k - 1):
                return None
            return Mention(tokens[k - 1].start, tokens[i].end, "group", text[tokens[k - 1].start : tokens[i].end],
                           tokens[i].word, True)
        if tokens[k].text in PHRASE_BOUNDARIES or tokens[k].word in FINITE:
            return None
    return None


def _phrase_before(text: str, tokens: list[Token], i: int) -> Mention | None:
    found = _all_but(text, tokens, i) or _mention_before(text, tokens, i) or _village_by_name(text, tokens, i)
    if found is None and i >= 2 and tokens[i].word in ("them", "those") and tokens[i - 1].word == "of":
        if tokens[i - 2].word in QUANTIFIERS and tokens[i].word == "them":
            return plain_description(text, tokens, i - 2, i + 1)  # "One of them, who asked not to be named,"
        # "Many of those who ...", "Some of those polled": "those" no determiner of a noun after it
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        alone = after is None or after.word == "who" or after.word.endswith("ed") or not after.text[0].isalnum()
        if tokens[i - 2].word in QUANTIFIERS and alone and _joined(text, tokens[i - 2], tokens[i]):
            return Mention(tokens[i - 2].start, tokens[i].end, "anonymous", text[tokens[i - 2].start : tokens[i].end],
                           "those", True)
        share = _mention_before(text, tokens, i - 2)
        if share is not None and share.kind == "group":  # "three-fourths of them tell pollsters"
            return Mention(share.start, tokens[i].end, "group", text[share.start : tokens[i].end], share.head, True)
    city = _city_before_state(text, tokens, found)
    if city is not None:  # "Stacy Baker of Columbia, South Carolina says": the state only says where
        return _phrase_before(text, tokens, city)
    relative = _relative_clause_subject(text, tokens, i, found) \
        or (_contact_clause_subject(text, tokens, i) if found is None else None)
    if relative is not None:
        return relative
    if found is not None and found.kind == "pronoun":
        return found
    if found is not None and text[max(0, found.start - 3) : found.start] == "of ":
        k = _index_at(tokens, found.start)
        word = tokens[k - 2] if k >= 2 and tokens[k - 1].word == "of" else None  # "a majority of voters"
        percent = word is not None and word.word[0].isdigit() and text.startswith("%", word.end)  # "85% of"
        share_noun = word is not None and word.word.rsplit("-", 1)[-1] in words("share_nouns")  # "three-quarters"
        if share_noun or percent:
            share = _mention_before(text, tokens, k - 2)
            if share is not None and share.kind == "group":
                return Mention(share.start, found.end, "group", text[share.start : found.end], share.head, True)
        if word and word.word in QUANTIFIERS and found.kind in ("anonymous", "role"):
            # "some of the same candidates have said": the people are the source, all or some of them.
            return Mention(word.start, found.end, found.kind, text[word.start : found.end], found.head, True)
    if found is not None and found.kind in ("anonymous", "group") \
            and text.endswith((" of ", " for "), max(0, found.start - 5), found.start):
        # "The parents of the victims said", "Lawyers for the families said": the people before speak
        # for (or are kin of) those after.
        people = _people_of(text, tokens, i)
        if people is not None and people.start < found.start and people.kind in ("anonymous", "group"):
            return people
    if found is None or found.kind in ("name", "organization", "document", "role"):
        # ("Rita Vance of the Harbor Trust said": she speaks, the trust only places her.)
        documents = found is None or found.kind != "name"
        last = _before_adjuncts(text, tokens, i)  # ("Most voters in the state last year said": when, after them)
        return _people_of(text, tokens, i, documents=documents) \
            or (_people_of(text, tokens, last, documents=documents) if last != i else None) \
            or _described_by_participle(text, tokens, i) or _person_of(text, tokens, found) \
            or (None if _whose_only(text, tokens, found) else found)
    return found


WHOSE_WORDS = 4  # at most, lowercase words between the determiner and "of" ("the former harbor master of")


def _whose_only(text: str, tokens: list[Token], found: Mention | None) -> bool:
    """'The former harbor master of Fenwick', 'A slice of Hollywood': a name after "of" and a description in
    lowercase that opens its clause, whose noun is no one known to speak (no person's, body's or place's
    noun): the name only says whose, and is no speaker."""
    if found is None or found.kind not in ("name", "organization"):
        return False
    k = _index_at(tokens, found.start)
    k = k - 1 if k >= 1 and tokens[k - 1].text == "the" else k
    if k < 3 or tokens[k - 1].word != "of":
        return False
    head = tokens[k - 2].word
    if is_anonymous_noun(head) or is_title(head) or is_organization_word(head) or is_people_plural(head) \
            or _place_common_noun(head) or is_document_word(head):
        return False
    for d in range(k - 2, max(-1, k - 3 - WHOSE_WORDS), -1):
        word = tokens[d]
        if word.word in ("the", "a", "an") and d < k - 2:
            return _opens_clause(text, tokens, d) and _unbroken_run(text, tokens, d, k)
        if not (word.text.isalpha() and word.text.islower()) or word.word in FUNCTION_WORDS or word.word in FINITE:
            return False
    return False


DESCRIPTION_BEFORE_NAME = 3  # lowercase words at most between the determiner and the name


def _description_opening(text: str, tokens: list[Token], first: int) -> int:
    """Where a determiner opens lowercase words that say what the name at tokens[first] is, a noun for an
    organization or a person last ("the venture firm Northgate Partners", "the investor Tim Lee"); else first."""
    k = first - 1
    if k < 1 or not tokens[k].text.islower() or not _says_what_it_is(tokens[k].word) \
            or not _joined(text, tokens[k], tokens[first]):
        return first
    while k > 0 and first - k <= DESCRIPTION_BEFORE_NAME and _joined(text, tokens[k - 1], tokens[k]):
        if tokens[k - 1].word in ARTICLES:
            # (opening its clause: not "is the last thing state Representative Ada Quist wants")
            opens = k - 1 == 0 or tokens[k - 2].text in (",", ";", ":", "\u2014") \
                or not _joined(text, tokens[k - 2], tokens[k - 1])
            return k - 1 if opens else first
        word = tokens[k - 1].word
        if not (tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower()) or word in FUNCTION_WORDS \
                or word in FINITE or word in irregular_past() or is_cue(word):
            return first  # (nor a verb: "The board met lawyers Ada Quist and Tim Lee")
        k -= 1
    return first


def _says_what_it_is(word: str) -> bool:
    """A noun for an organization or for a person ("firm", "investor"): what a name after it is."""
    return is_organization_word(word) or is_anonymous_noun(word)


def _whose_before(text: str, tokens: list[Token], first: int) -> int:
    """Where an organization's name starts that a lowercase word of whose it is opens after its determiner
    ("the state Department of Forestry", lexicons/jurisdiction_words.txt): that word's index, else first."""
    k = first - 1
    if k >= 1 and tokens[k].text.islower() and tokens[k].word in words("jurisdiction_words") \
            and tokens[k - 1].word in DETERMINERS and _joined(text, tokens[k], tokens[first]):
        return k
    return first


def _post_then_person(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the words first..last end in a person's name (a given name first) right after a lowercase
    word that is no title: the rest of a post's name ("of growth", "of sales"), whose holder is named.
    ("Supporters of presidential candidate Ada Quist": her title; they speak.)"""
    k = next((k for k in range(first, last + 1) if tokens[k].word in given_names() and tokens[k].capitalized), None)
    return k is not None and k > first and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() \
        and tokens[k - 1].word not in FUNCTION_WORDS and not is_title(tokens[k - 1].word) \
        and all(_is_name_token(t) for t in tokens[k : last + 1])


# Prepositions after which what follows a noun for people says which people they are: "Critics of the
# bill", "A spokesman for the Parks Department", "scientists with expertise in viral genomics", "analysts at
# Goldman Sachs", "researchers from Stanford", "officials in Iowa".
PEOPLE_PREPOSITIONS = {"of", "for", "with", "at", "from", "in", "on"}
ROLE_PREPOSITIONS = {"of", "for", "from"}
# ("by": a document's author, "a report by the Coastal Institute"; "to": whom one serves, "an aide to the mayor")
_OF_WHOM = PEOPLE_PREPOSITIONS | {"by", "to"}
PEOPLE_REACH = 8  # words from the preposition to the cue
_CLAUSE_JOINERS = {"and", "or", "but", "that", "which", "who", "whom", "where", "when", "as", "while", "because",
                   "if", "since", "until"}


# Prepositions only (not "after" or "before", which also open clauses: "after a woman in Worcester told him").
PREPOSITIONS = {"of", "to", "for", "at", "in", "with", "on", "from", "by", "about", "among", "into", "over", "under",
                "during"}


def _governed(text: str, tokens: list[Token], mention: Mention) -> bool:
    """Whether a preposition governs the phrase ("among its participants on Monday's show"): no subject."""
    k = _index_at(tokens, mention.start)
    return k > 0 and tokens[k - 1].word in PREPOSITIONS and tokens[k - 1].text.islower() \
        and _joined(text, tokens[k - 1], tokens[k])  # (not a sentence's last word: "Talks go on. An aide who")


def _city_before_state(text: str, tokens: list[Token], found: Mention | None) -> int | None:
    """The index of the city's last word when the phrase is a state or country after it ("Aurora,
    Colorado", "Raleigh, N.C."), where it says where the city is."""
    if found is None or found.kind != "organization" or not is_place_name(found.name):
        return None
    k = _index_at(tokens, found.start)
    if k < 2 or tokens[k - 1].text != "," or not _is_name_token(tokens[k - 2]) or is_place_name(tokens[k - 2].text):
        return None
    return k - 2


MEMBER_PREPOSITIONS = {"of", "from", "at", "with"}


def _person_of(text: str, tokens: list[Token], found: Mention | None) -> Mention | None:
    """A person's full name (two words or more) before "of", "from", "at" or "with" and the
    organization or place the phrase ends with ("Rita Vance of the Fenwick Harbor Trust", "Tim Lee
    at Harbor Bank"): the person, whom the rest only places."""
    if found is None or found.kind not in ("name", "organization"):
        return None
    k = _index_at(tokens, found.start)
    k -= 1 if k > 0 and tokens[k - 1].word == "the" else 0
    if k < 3 or tokens[k - 1].word not in MEMBER_PREPOSITIONS or not _joined(text, tokens[k - 2], tokens[k - 1]):
        return None
    person = _mention_before(text, tokens, k - 2)
    if person is None or person.kind != "name" or person.end != tokens[k - 2].end:
        return None
    return person if " " in person.name else None


SUBORDINATORS = {"when", "while", "whilst", "after", "before", "as", "if", "because", "since", "although", "though",
                 "once", "until", "unless", "whether"}
RELATIVE_REACH = 12  # words from "who" to the cue
OBJECT_PRONOUNS = {"it", "him", "her", "them", "us", "me"}


# "officials who spoke on condition of anonymity because they were not authorized to discuss the talks said":
# the unnamed speak, a clause giving why right before the cue.
_REASON_OPENERS = {"because", "since", "as"}
_ANONYMOUS_FOR_A_REASON = re.compile(
    r"\bwho\s+(?:spoke|speaks|talked|asked|requested|insisted|declined|agreed)\b[^.;:\"\u201c\u201d()]{0,60}?"
    r"\b(?:anonymity|anonymously|anonymous|not to be (?:named|identified|quoted))\s+(?:"
    + "|".join(sorted(_REASON_OPENERS)) + r")\s"
    r"[^.;:,\"\u201c\u201d()]{1,160}$")
REASON_REACH = 300  # characters from "who" to the cue


def _relative_clause_subject(text: str, tokens: list[Token], i: int, found: Mention | None) -> Mention | None:
    """'Residents who live near the plant say', 'The scientists who study it say': who speaks is whom
    the relative clause before the cue describes, not the clause's object ('it', 'the plant'); not in
    an aside after a name ('Geoff Garin, a pollster who advises Priorities, said': the name speaks), nor
    when the clause has a subject of its own ('the congressman who ... when he yelled')."""
    if found is not None and (found.kind == "pronoun" and found.head not in OBJECT_PRONOUNS
                              or found.head == "who") or tokens[i].word == "to":
        return None  # (nor for an infinitive: "Republicans who refused to rule out a draft")
    for j in range(i, max(0, i - RELATIVE_REACH), -1):
        token = tokens[j]
        if token.text in PHRASE_BOUNDARIES or token.word in SUBORDINATORS:
            # (A reason for anonymity has a subject of its own, "because he was not authorized", and ends
            # no phrase: read for one only here, where a subordinator would.)
            why = _ANONYMOUS_FOR_A_REASON.search(text, max(0, tokens[i].end - REASON_REACH), tokens[i].end) \
                if token.word in _REASON_OPENERS else None
            return _described_by_who(text, tokens, _index_at(tokens, why.start()), i, found, that=False) \
                if why is not None else None
        # ("Groups that have endorsed him say": "that" opens such a clause too, when a verb follows it
        # and people or an organization come before it.)
        # (A whole clause, a verb and what it takes: in "agencies that can show results" the cue is its verb.)
        # ("The union that represents workers at the plant said": a verb of what it does,
        # lexicons/role_verbs.txt, may have one word after it.)
        role = j + 2 <= i and tokens[j + 1].word in words("role_verbs") \
            and not any(t.word in _RELATIVE_WORDS for t in tokens[j + 1 : i + 1])  # (its own clause up to the cue)
        that = token.word == "that" and (j + 3 <= i or role) and tokens[i].word not in FINITE \
            and tokens[i].word not in ("and", "or") \
            and (tokens[j + 1].word in FINITE or tokens[j + 1].word.endswith("ed") or role)
        if (token.word == "who" or that) and token.text.islower():
            return _described_by_who(text, tokens, j, i, found, that)
    return None


def _described_by_who(text: str, tokens: list[Token], j: int, i: int, found: Mention | None,
                      that: bool) -> Mention | None:
    """The phrase before tokens[j] ("who", "that") whose clause runs to tokens[i], right before the cue."""
    # (The words up to the cue are read for breaks only now: most phrases have no "who".)
    if j == i or found is not None and found.start <= tokens[j + 1].start or not _unbroken_run(text, tokens, j - 1, i):
        return None
    antecedent = _mention_before(text, tokens, j - 1)
    if antecedent is None or text.endswith(" of ", 0, antecedent.start):
        # "Many of the captains who ...", "Friends of Ms. Quist who ...", "one tester of an older model
        # that ...": the whole phrase, "of" and all
        whole = _phrase_before(text, tokens, j - 1)
        if whole is not None and (antecedent is None or whole.start < antecedent.start) \
                and _opens_clause(text, tokens, _index_at(tokens, whole.start)):  # (not "makes Quip one of ...")
            antecedent = whole
    if antecedent is None and tokens[j - 1].word == "those" and _opens_clause(text, tokens, j - 1) \
            and i + 1 < len(tokens) and is_cue(tokens[i + 1].word):
        # "Those who named a ferry said": the people the clause describes, named by it (before a verb of
        # speech: "those who are more interested should expect to pay" names nobody's stance)
        return Mention(tokens[j - 1].start, tokens[i].end, "anonymous", text[tokens[j - 1].start : tokens[i].end],
                       "those", True)
    if that and (antecedent is None or antecedent.kind not in ("anonymous", "group", "organization", "document")):
        return None
    # (not after a comma, in an aside after a name: but a share, "..., 27 percent of those who", is no aside)
    aside = text[: antecedent.start].rstrip().endswith(",") and antecedent.kind != "group" if antecedent else False
    if antecedent is None or antecedent.end != tokens[j - 1].end or antecedent.kind == "pronoun" \
            or aside or _governed(text, tokens, antecedent):
        return None
    if tokens[j - 1].word == "those":  # ("Many of those who named a ferry": the clause says who they are)
        return Mention(antecedent.start, tokens[i].end, antecedent.kind, text[antecedent.start : tokens[i].end],
                       antecedent.head, True)
    return antecedent


_CONTACT_SUBJECTS = _PERSONAL_PRONOUNS - OBJECT_PRONOUNS  # I, we, you, they, he, she
_PERFECT = re.compile(r"['\u2019](?:ve|d)$")
_CLAUSE_OPENING_WORDS = {"and", "but", "then", "so", "that", "which"}
CONTACT_REACH = 5  # words from the clause's pronoun to the cue ("I interviewed this week thought")


def subject_pronoun(word: str) -> bool:
    """'we', 'she', "I've": a personal pronoun that is a clause's subject, a contracted "have" or "had" on it."""
    return _PERFECT.sub("", word) in _CONTACT_SUBJECTS


def _opens_clause(text: str, tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] opens a clause, and so a phrase from it can be the clause's subject: nothing joined
    before it but a word that opens clauses ("and", "that", "which") or a comma."""
    return k == 0 or not _joined(text, tokens[k - 1], tokens[k]) or tokens[k - 1].word in _CLAUSE_OPENING_WORDS \
        or tokens[k - 1].text in PHRASE_BOUNDARIES


def _contact_clause_subject(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'Most of the captains we spoke to said', 'the pilots I interviewed this week thought': a relative
    clause without its pronoun, its own subject and verb after the phrase it describes, which speaks
    (people, a group, an organization or a document: 'The report I read says')."""
    if pronoun_kind(tokens[i].word):
        return None  # ("a story you think they want": the pronoun right before the cue is its subject)
    for j in range(i - 1, max(0, i - CONTACT_REACH), -1):
        token = tokens[j]
        if token.text in PHRASE_BOUNDARIES or token.word in SUBORDINATORS or token.word in ("who", "that", "which"):
            return None
        if subject_pronoun(token.word) and (token.text.islower() or _PERFECT.sub("", token.text) == "I"):
            if not tokens[j + 1].text.isalpha() or not tokens[j + 1].text.islower() \
                    or tokens[j + 1].word in FUNCTION_WORDS or not _unbroken_run(text, tokens, j - 1, i):
                return None  # (its verb follows the pronoun at once, "I've" too)
            antecedent = _mention_before(text, tokens, j - 1)
            if antecedent is None or antecedent.end != tokens[j - 1].end \
                    or antecedent.kind not in ("anonymous", "group", "organization", "document"):
                return None
            k = _index_at(tokens, antecedent.start)
            share = k >= 2 and tokens[k - 1].word == "of" and tokens[k - 2].word in QUANTIFIERS
            first = k - 2 if share else k  # "Most of the captains we spoke to": some or all of them speak
            if not share and k >= 1 and tokens[k - 1].word in QUANTIFIERS and tokens[k].word in DETERMINERS:
                first, share = k - 1, True  # "All the pilots I interviewed"
            # (The phrase is the sentence's subject: it opens a clause, "assures his audience he will
            # tell" has an object before the pronoun; and it is one run up to the cue: not "A through I.
            # Survey I consistently showed".)
            if not _opens_clause(text, tokens, first) or not _unbroken_run(text, tokens, first, i):
                return None
            if share:
                return Mention(tokens[first].start, antecedent.end, antecedent.kind,
                               text[tokens[first].start : antecedent.end], antecedent.head, True)
            return antecedent
    return None


_ORDINALS = {"first", "last", "only", "second", "third", "next", "latest"}
PARTICIPLE_REACH = 14  # words from the participle to the cue
_PARTICIPLE_ADJUNCTS = {"by", "at", "in", "during", "this", "last", "earlier", "recently", "after", "before"}


def _described_by_participle(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'Democrats trying to regain control of the Senate in November say': people (or an organization)
    that a participle's phrase describes speak, not the phrase's last words."""
    last = tokens[i].word
    if last in FUNCTION_WORDS or last in AUXILIARIES or last.endswith("ing") or not last[:1].isalnum():
        return None  # ("briefing to brag", "expecting a deal ... may want", an aside's comma: no phrase ends there)
    for j in range(i - 1, max(0, i - PARTICIPLE_REACH), -1):
        token = tokens[j]
        when = token.word in words("time_words") and tokens[j + 1].word in words("time_words")  # ("last week")
        if token.text in PHRASE_BOUNDARIES or token.word in _CLAUSE_JOINERS or token.word in AUXILIARIES and not when:
            return None
        participle = token.word.endswith("ing") and len(token.word) > 4 and token.word not in PREPOSITIONS
        # ("Veterans interviewed at the rally say", "voters polled by the Courier said": one in -ed right
        # after the people it describes, then where, when or by whom; no verb of speech or stance. A
        # document's, "A poll released last week by Norland University", is _mention_before's.)
        participle = participle or token.word.endswith("ed") and len(token.word) > 4 and 0 < j < i \
            and tokens[j + 1].word in _PARTICIPLE_ADJUNCTS \
            and (is_people_plural(tokens[j - 1].word) or is_anonymous_noun(tokens[j - 1].word)) \
            and not is_cue(token.word, stance=True)
        # ("The last man to run the harbor says", "the first woman to lead the council said": one named by
        # what he or she was the first, last or only one to do.)
        participle = participle or token.word == "to" and 2 <= j < i and tokens[j + 1].text.islower() \
            and any(t.word in _ORDINALS for t in tokens[max(0, j - 4) : j - 1])
        if participle and token.text.islower():  # (not "during")
            if j == 0 or not _unbroken_run(text, tokens, j - 1, i):
                return None  # (breaks read only now: few phrases hold a participle)
            head = _mention_before(text, tokens, j - 1)
            if head is not None and head.kind in ("anonymous", "group", "organization", "document") \
                    and head.end == tokens[j - 1].end and not _governed(text, tokens, head):
                return Mention(head.start, tokens[i].end, head.kind, text[head.start : tokens[i].end], head.head,
                               head.plural)
            return None
    return None


def _people_of(text: str, tokens: list[Token], i: int, documents: bool = True) -> Mention | None:
    """'Critics of the bill say', 'Supporters of Hillary Clinton say', 'A spokesman for the Parks Department
    said', 'scientists with expertise in viral genomics say': people named by what they stand or speak for,
    or where they work or what they know, speak, not what follows their preposition; so does a document
    named by what it covers ('a survey of moviegoers'), unless documents is False (a person follows:
    'footage of Hillary Clinton asking')."""
    while i > 0 and is_adverb(tokens[i]):
        i -= 1  # ("A systematic review of 27 trials similarly concluded": the adverb is the verb's)
    if i > 0 and tokens[i].word == "to":
        i -= 1  # ("the results of his experiments to argue": the infinitive's mark is no part of the phrase)
    # (Most phrases have no such preposition in reach: look for one before reading the words between.)
    nearest = next((j for j in range(i - 1, max(0, i - PEOPLE_REACH), -1) if tokens[j].word in _OF_WHOM), 0)
    if nearest <= 0:
        return None
    for j in range(i - 1, max(0, i - PEOPLE_REACH), -1):
        after = tokens[j + 1]
        if not after.text[0].isalnum() or after.word in AUXILIARIES or pronoun_kind(after.word) \
                or after.word in _CLAUSE_JOINERS and not (after.word == "and" and j + 1 < i):
            return None  # words only, and no verb: "a majority of Americans have come to believe"
        if tokens[j].word in _OF_WHOM and _joined(text, tokens[j - 1], tokens[j]) and (
                tokens[j].word != "to" or after.capitalized or after.word in DETERMINERS):
            # ("an aide to the mayor", "advisers to Mr. Obama"; not an infinitive: "allows users to use")
            head = _mention_before(text, tokens, j - 1)
            # ("A spokesman for the Parks Department said": one who speaks for others.) In an aside
            # ("Tom Ek, a delegate from Houston, said") the name before it speaks (_before_aside).
            # (One in a post is one of it, for it or from it: "The mayor of Fenwick", "The senator from
            # Vermont"; "the mayor on Tuesday" says when.)
            people = head is not None and tokens[j].word != "by" and (
                head.kind in ("anonymous", "group") or head.kind == "role" and tokens[j].word in ROLE_PREPOSITIONS)
            # ("a survey of U.S. moviegoers found", "a report on the crash said", "a 2023 report by the
            # Coastal Institute found": the document speaks.)
            # ("Exit polls from the harbor vote showed": from where it comes, after a short name of it, not
            # after a clause read as one: "Grocery chains process massive amounts of data from ...")
            # (a year alone after "from" only says which: "another Pew study from 2011 noted", below)
            document = documents and head is not None and head.kind == "document" and (
                tokens[j].word in ("of", "on", "by") or tokens[j].word == "from"
                and j - _index_at(tokens, head.start) <= 3 and not (j + 1 == i and is_year(tokens[i].text)))
            if people and _post_then_person(tokens, j + 1, i):
                return None  # "head of growth Ada Quist said": the post is hers, and she speaks
            if (people or document) and head.end == tokens[j - 1].end and not _governed(text, tokens, head):
                # (Words unbroken up to the cue: read only for a phrase that qualifies.)
                if not _unbroken_run(text, tokens, j, i):
                    return None
                return Mention(head.start, tokens[i].end, head.kind, text[head.start : tokens[i].end], head.head,
                               head.plural)
    return None


def _adds_nothing_said(tokens: list[Token], k: int) -> bool:
    """'... will continue to add more dates': "add" reports speech only with what was added ("add that")."""
    return k + 1 < len(tokens) and tokens[k].word == "add" and tokens[k + 1].word != "that"


def _before_adjuncts(text: str, tokens: list[Token], i: int) -> int:
    """The index of the last word of the speaker's phrase ending at or before tokens[i]: back over the
    auxiliaries, adverbs, words of time and reflexives between it and the cue ("Ford itself said",
    "Most voters in the state last year said")."""
    # ("“...,” Will wrote": a capitalized "Will" is the columnist Will, not the auxiliary.)
    # (An auxiliary in a title-case headline too: "Donald Trump Just Slammed ...", but not "George Will".)
    given = given_names()
    while i >= 0 and (tokens[i].word in AUXILIARIES and (tokens[i].text.islower() or tokens[i].word not in given)
                      or is_adverb(tokens[i])
                      or tokens[i].word in TIME_WORDS or tokens[i].word in REFLEXIVES
                      or tokens[i].word in ("there", "here") and tokens[i].text.islower()
                      # ("Quist and Lee both said": a quantifier floated after its subject)
                      or tokens[i].word in ("both", "all") and tokens[i].text.islower() and i > 0
                      and tokens[i - 1].text not in PHRASE_BOUNDARIES and _joined(text, tokens[i - 1], tokens[i])
                      # ("Fenwick Ferries just this month announced": when, a determiner before it)
                      or tokens[i].word in ("this", "that", "next", "every") and tokens[i].text.islower()
                      and i + 1 < len(tokens) and tokens[i + 1].word in TIME_WORDS):
        i -= 1  # ("Ford itself said": the reflexive only insists; "Officials there said": where)
    return i


# Determiners that may follow another: "the other", "the two", "these several".
_SECOND_DETERMINERS = {"other", "two", "three", "four", "several", "many", "few"}
# (not "that": "the future that many economists say is ..." is a relative clause's subject)
_FIRST_DETERMINERS = {"the", "these", "those", "a", "two", "three", "four", "several", "his", "her", "their", "its",
                      "our", "my", "your"}


def _mention_before(text: str, tokens: list[Token], i: int) -> Mention | None:
    phrase_end = i  # (before the adjuncts are set aside: a document's name keeps them)
    i = _before_adjuncts(text, tokens, i)
    if i >= 2 and tokens[i - 1].word in ("from", "in", "of") and is_year(tokens[i].text):
        i -= 2  # "another Pew study from 2011 noted": the year only says which
    if i >= 2 and tokens[i].word == "to" and tokens[i - 1].word == "on" and tokens[i - 2].word in GO:
        return _phrase_before(text, tokens, i - 3)  # "The email went on to say"
    if i >= 1 and tokens[i].word == "to" and tokens[i - 1].word in words("verbs_before_to") \
            and not _adds_nothing_said(tokens, i + 1):
        was = i >= 2 and tokens[i - 1].word == "quick" and tokens[i - 2].word in AUXILIARIES  # "was quick to"
        return _phrase_before(text, tokens, i - (3 if was else 2))  # "Brandt continued to assert"
    if i < 0:
        return None
    if tokens[i].text in (",", ")", "\u2014", "\u2013"):
        return _before_aside(text, tokens, i)
    phrase = _circumstance_start(text, tokens, i)
    if phrase is not None:  # "Brandt at the time said", "Lund during the debate said"
        return _phrase_before(text, tokens, phrase - 1)
    # "A complaint to the harbor board says": the document, not whom it is addressed to.
    for j in range(i - 1, max(0, i - 7), -1):
        if tokens[j].text in PHRASE_BOUNDARIES:
            break
        if tokens[j].word == "to" and is_document_word(tokens[j - 1].word) and _unbroken_run(text, tokens, j - 1, i) \
                and (tokens[j + 1].word in DETERMINERS or tokens[j + 1].capitalized):  # (not "analysis to identify")
            found = _phrase_before(text, tokens, j - 1)
            k = _index_at(tokens, found.start) if found is not None else 0
            # (the sentence's subject: not "sent the House bill to Rubio, who said")
            subject = k == 0 or not _joined(text, tokens[k - 1], tokens[k]) \
                or tokens[k - 1].word in _CLAUSE_OPENING_WORDS
            if found is not None and found.kind == "document" and subject:
                return Mention(found.start, tokens[i].end, "document", text[found.start : tokens[i].end], found.head,
                               found.plural)
            break
    # "officials familiar with the matter said": find the head before the postmodifier.
    for j in range(i - 1, max(-1, i - 7), -1):
        if (tokens[j].word, tokens[j + 1].word) in POSTMODIFIERS and j > 0:
            if not _unbroken_run(text, tokens, j - 1, i):
                break  # ("officials involved in the talks. The officials, who ...": another sentence's)
            found = _phrase_before(text, tokens, j - 1)
            if found is None and tokens[j - 1].word == "those":  # "Those close to the mayor say": people
                found = Mention(tokens[j - 1].start, tokens[j - 1].end, "anonymous", tokens[j - 1].text, "those", True)
            if found and found.kind in ("anonymous", "organization"):
                found.end = tokens[i].end
                found.name = text[found.start : found.end]
                return found
            break
    # "A Monmouth poll out Monday showed", "A poll released last week by Norland University showed",
    # "Documents obtained by The Fenwick Post show": a document, then when, where or by whom it came out
    # (lexicons/publication_words.txt), all of it the document's name.
    for j in range(i, max(0, i - PUBLISHED_REACH), -1):
        if tokens[j].text in PHRASE_BOUNDARIES:
            break
        if tokens[j].word in PUBLISHED:
            if not _unbroken_run(text, tokens, j, phrase_end):
                break  # (nor back over a sentence's end: "... a complaint filed in court. Prosecutors allege")
            found = _phrase_before(text, tokens, j - 1)
            if found is None or found.kind != "document" or found.end != tokens[j - 1].end:
                break
            end = tokens[phrase_end].end
            return Mention(found.start, end, "document", text[found.start : end], found.head, found.plural)
    last = tokens[i]
    if pronoun_kind(last.word):
        return classify_phrase(text, [last])
    # "Trump’s claim that", "He’s claiming that" (not "Scott's family", whose head is "family").
    if last.word.endswith(("'s", "\u2019s", "'re", "\u2019re")) and (pronoun_kind(last.word[:-2]) or i + 1 < len(tokens)
                                                 and (is_cue(tokens[i + 1].word)
                                                      or tokens[i + 1].word in words("claim_nouns"))):
        cut = 3 if last.word.endswith("re") else 2
        owner = tokens[max(0, i - 12) : i] + [Token(last.text[:-cut], last.start, last.end - cut, last.word[:-cut],
                                                    last.capitalized)]
        found = _phrase_before(text, owner, len(owner) - 1)
        if found and found.end == last.end - cut:
            return found
    start = i
    if _is_name_token(last):
        start = _run_start(text, tokens, i)
        # "the Department of Agriculture", "the University of Pennsylvania": an organization's name
        # runs over "of" after one of its words.
        of = start - 1
        if (of >= 1 and tokens[of].word in ("of", "for") and _is_name_token(tokens[of - 1])
                and is_organization_word(tokens[of - 1].word)
                and _joined(text, tokens[of - 1], tokens[of]) and _joined(text, tokens[of], tokens[start])):
            first = _whose_before(text, tokens, _run_start(text, tokens, of - 1))
            return Mention(tokens[first].start, last.end, "organization", _span_text(text, tokens[first : i + 1]),
                           tokens[of - 1].word)
        joined = _organization_over_and(text, tokens, start, i)
        if joined is not None:
            return joined
        # "Mayor Ada R. Quist of Fenwick said": the person, from a place.
        if of >= 1 and tokens[of].word == "of" and _is_name_token(tokens[of - 1]) \
                and _joined(text, tokens[of - 1], tokens[of]) and _joined(text, tokens[of], tokens[start]):
            # (The run before "of" read alone: a chain of "X of Y of Z" must not recurse down a page.)
            before_of = _run_start(text, tokens, of - 1)
            if is_title(tokens[of - 1].word):  # "Former Secretary of State Ada Quist": a title's "of"
                named = classify_phrase(text, tokens[start : i + 1])
                if named is not None and named.kind == "name":
                    return Mention(tokens[before_of].start, last.end, "name", named.name, named.head)
            person = classify_phrase(text, tokens[before_of:of])
            if person is not None and person.kind == "name" and person.end == tokens[of - 1].end:
                return Mention(person.start, last.end, "name", person.name, person.head)
        # A capitalized run right after a determiner is a description's head ("the White House").
        found = classify_phrase(text, tokens[start : i + 1])
        share = _share_before(text, tokens, start, i) if found is not None and looks_plural(last.word) else None
        if share is not None:
            return share  # "Six in 10 Americans say": a share of them
        whose = _whose_before(text, tokens, start) if found is not None and found.kind == "organization" else start
        if whose < start:
            return classify_phrase(text, tokens[whose : i + 1])
        opening = _description_opening(text, tokens, start) if found is not None \
            and found.kind in ("name", "organization") else start
        # ("the venture firm Northgate Partners said", "the investor Tim Lee said": what it is, then the name)
        return Mention(tokens[opening].start, found.end, found.kind, found.name, found.head) if opening < start \
            else found
    # A description: modifiers back to a determiner or a clause boundary, at most 8 words.
    while start > 0 and (i - start < 8 or tokens[start - 1].word in DETERMINERS and i - start < 9):
        prev = tokens[start - 1]
        if prev.word == "that" and start == i and opens_sentence(text, prev.start) and not looks_plural(tokens[i].word):
            start -= 1  # "That person said ...": a demonstrative, not a clause's "that"
            break
        # (A word opening a clause ends the description: "Flood risk also shapes how councils think".)
        # (A verb ends it too: "who is chairman of the ... said" is the chairman's, not "is chairman"'s.)
        if prev.text in PHRASE_BOUNDARIES or (prev.word in FINITE or prev.word in words("simple_past")) \
                and prev.text.islower() \
                or prev.word in ("that", "which", "who", "what", "said", "to", "by", "but", "with",
                                                         "as", "while", "how", "why", "whether",
                                                         "when", "where", "if") \
                or prev.word == "and" and start - 2 >= 0 and tokens[start - 2].text == "," \
                or prev.word in SUBORDINATORS and prev.word != "once":  # ("a vote on the tunnel after engineers said")
            break
        if not _joined(text, prev, tokens[start]):
            break
        start -= 1
        if prev.word in DETERMINERS:
            break
    if start > 0 and tokens[start].word in _SECOND_DETERMINERS and tokens[start - 1].word in _FIRST_DETERMINERS \
            and _joined(text, tokens[start - 1], tokens[start]):
        start -= 1  # "The other person", "the two captains", "two other captains": both words open it
    if start < i and start > 0 and tokens[start - 1].word in _RELATIVE_WORDS \
            and (tokens[start].word in words("role_verbs") or tokens[start].word.endswith("ed")):
        return None  # "the union that represented workers said": the clause's verb and object, no one described
    share = _share_before(text, tokens, start, i)
    if share is not None:
        return share
    if i - start >= 2:  # (most descriptions are a word or two: nothing to read inside them)
        inner = _head_before_of_or_participle(text, tokens, start, i)
        if inner is not None:
            return inner
    return classify_phrase(text, tokens[start : i + 1])


def _share_before(text: str, tokens: list[Token], start: int, i: int) -> Mention | None:
    """'One in four voters', 'two out of three residents', 'Six in 10 Americans': a share of those polled (as
    "a majority of voters"), not the number it is out of; the description tokens[start..i] may have run back
    over the share ("Nearly six in 10 riders"), or stand after it."""
    last = next((k for k in range(i - 1, start - 1, -1) if _NUMBER.fullmatch(tokens[k].word)), start - 1)
    for width in (2, 3):
        share = last - width
        if share >= 0 and _IN_TEN.fullmatch(_span_text(text, tokens[share : last + 1])):
            found = classify_phrase(text, tokens[last + 1 : i + 1])
            # (of any plural: "Six in 10 riders", "Six in 10 Americans")
            plural = looks_plural(tokens[i].word) and (tokens[i].text.islower() or found is not None)
            if found is not None and (found.kind in ("anonymous", "group") or found.kind == "name" and plural) \
                    or found is None and plural:
                first = tokens[min(share, start)].start  # (with what the run holds before it: "Nearly six in 10")
                return Mention(first, tokens[i].end, "group", text[first : tokens[i].end], tokens[i].word, True)
            break
    return None


def _head_before_of_or_participle(text: str, tokens: list[Token], start: int, i: int) -> Mention | None:
    """The description tokens[start..i] by its head noun where that stands before "of" or a participle:
    "A survey of 1,200 students" is a document, not its people; "The union representing terminal workers"
    the union, not its members (a participle with an object: not "a team meeting to")."""
    for k in range(start + 1, i):
        word = tokens[k].word
        # ("A lawsuit filed in federal court on behalf of customers": the document, then where or by whom it
        # came; not a verb with its object, "The proposal prompted Britain's Parliament to")
        after_head = k == start + 1 + (tokens[start].word in DETERMINERS)
        if after_head and word.endswith("ed") and tokens[k].text.islower() and tokens[k + 1].word in PREPOSITIONS:
            head = classify_phrase(text, tokens[start:k])
            if head is not None and head.kind == "document":
                return Mention(head.start, tokens[i].end, "document", _span_text(text, tokens[start : i + 1]),
                               head.head)
        if word == "of":
            head = classify_phrase(text, tokens[start:k])
            if head is not None and head.kind == "document":
                return Mention(head.start, tokens[i].end, "document", _span_text(text, tokens[start : i + 1]),
                               head.head)
            return None
        if k >= start + 2 and word.endswith("ing") and len(word) > 5 and tokens[k].text.islower() \
                and tokens[k + 1].word not in FUNCTION_WORDS and tokens[i].word not in FUNCTION_WORDS:
            head = classify_phrase(text, tokens[start:k])
            if head is not None and head.kind in ("organization", "anonymous", "group", "document"):
                return Mention(head.start, tokens[i].end, head.kind, _span_text(text, tokens[start : i + 1]),
                               head.head, head.plural)
            return None
    return None


def _organization_over_and(text: str, tokens: list[Token], start: int, i: int) -> Mention | None:
    """'the Centers for Disease Control and Prevention', 'the Food and Drug Administration': one
    organization's name runs over "and" between capitalized words, when the words before it name an
    organization with "of" or "for" in it, or, after "the", the words after it end with an organization's word."""
    conjunction = start - 1
    if conjunction < 1 or tokens[conjunction].word != "and" or not _is_name_token(tokens[conjunction - 1]) \
            or not (_joined(text, tokens[conjunction - 1], tokens[conjunction])
                    and _joined(text, tokens[conjunction], tokens[start])):
        return None
    left = _mention_before(text, tokens, conjunction - 1)
    if left is not None and left.kind == "organization" and re.search(r" (?:of|for) ", left.name):
        first = _index_at(tokens, left.start)
    elif is_organization_word(tokens[i].word):
        first = _run_start(text, tokens, conjunction - 1)
        if first == 0 or tokens[first - 1].word != "the":
            return None  # ("Microsoft and Google Inc.": two names; "the Food and Drug Administration": one)
    else:
        return None
    if tokens[first].word in NOT_NAMES:
        first += 1
    return Mention(tokens[first].start, tokens[i].end, "organization", _span_text(text, tokens[first : i + 1]),
                   tokens[i].word)


CIRCUMSTANCE_PREPOSITIONS = {"at", "in", "during", "after", "before", "on", "over", "from"}
# Prepositions that open a phrase before a clause's subject ("With Democratic leaders worried, ...").
OPENING_PREPOSITIONS = {"with", "without", "amid", "despite", "for", "under", "among", "against", "like", "unlike"}


def _circumstance_start(text: str, tokens: list[Token], i: int) -> int | None:
    """Where a short phrase of time or place ('at the time', 'in an interview') that ends at tokens[i]
    and follows a name starts (the preposition's index), if there is one."""
    if not tokens[i].text.islower() or tokens[i].word in FUNCTION_WORDS:
        return None  # ("Lund knocked Brandt on taxes and called him": no phrase ends at "and")
    for p in range(i - 1, max(-1, i - 5), -1):
        token = tokens[p]
        if not (token.text.isalnum() and _joined(text, token, tokens[p + 1])):
            return None
        if token.word in CIRCUMSTANCE_PREPOSITIONS and token.text.islower():
            return p if p > 0 and _is_name_token(tokens[p - 1]) and _joined(text, tokens[p - 1], token) else None
        if not token.text.islower():
            return None
    return None


def _run_start(text: str, tokens: list[Token], i: int) -> int:
    """Where the run of name words (particles and titles among them) that ends at tokens[i] starts."""
    start = i
    while start > 0 and (_is_name_token(tokens[start - 1]) or tokens[start - 1].word in PARTICLES
                         or is_title(tokens[start - 1].word)) and _joined(text, tokens[start - 1], tokens[start]):
        start -= 1
    if start < i and verb_opening(text, tokens[start]):
        start += 1  # "Says Ada Quist: ...", "Adds Tim Lee, ...": the verb, capitalized to open the sentence
    return start


def verb_opening(text: str, token: Token) -> bool:
    """A verb of speech capitalized because it opens the sentence (not a given name: "Said Ahmed")."""
    return token.word in _said_forms() and opens_sentence(text, token.start)


@cache
def _said_forms() -> frozenset[str]:
    """Verbs of speech in a said form, -s, -ed, "said", "told", "wrote" (not the base form: "State Farm",
    "Write Data"), that no one is named."""
    return frozenset(w for w in words("speech_verbs") if w.endswith(("s", "ed", "said", "told", "wrote"))) \
        - given_names()


# Who is named after these words in an aside stands beside the speaker ("backed by", "flanked by", "along with").
_BESIDE = ("by", "with", "among")
LIST_ITEMS = 6  # items of a list walked back over to the word before its first


def _listed_after(text: str, tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Whether the phrase starting at tokens[k] is a later item of a list whose first item follows one of
    words: "backed by about 350 researchers, doctors, nurses and ..." (the comma before "doctors")."""
    for _ in range(LIST_ITEMS):
        if k < 2 or tokens[k - 1].text != ",":
            return False
        item = _mention_before(text, tokens, k - 2)
        if item is None or item.end != tokens[k - 2].end:
            return False
        k = _index_at(tokens, item.start)
        if k > 0 and tokens[k - 1].word in words:
            return True
    return False


def _before_aside(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'Flynn, a top Trump surrogate, said' / 'Rep. Jim Jordan (R-Ohio) said': skip the aside."""
    opener = {")": "(", ",": ","}.get(tokens[i].text, tokens[i].text)  # or the dash that opens it
    placed = None  # the last word before "in" or "of" a place was named after, if one was
    for j in range(i - 1, max(-1, i - ASIDE_TOKENS), -1):
        if tokens[j].text in ("\u201c", "\u201d", '"', ";"):
            return None
        if "\n" in text[tokens[j].end : tokens[j + 1].start]:
            break  # (an aside opens in its own paragraph)
        if tokens[j].text == opener and j > 0:
            if pronoun_kind(tokens[j + 1].word) and tokens[j + 1].word != "who":
                return None  # ", we would be seeing ..., says X": a clause, not an aside
            found = _phrase_before(text, tokens, j - 1)
            k = _index_at(tokens, found.start) if found else 0
            if k > 1 and tokens[k - 1].word == "the":
                k -= 1
            governing = tokens[k - 1].word if found and k > 0 and opener == "," else ""
            employer = governing in ("of", "for", "at", "from", "in")
            from_place = k - 2 if governing in ("in", "of", "from") and k >= 2 else None  # (the words before)
            if governing in _BESIDE or governing in ("of", "from", "in", "to", "at") \
                    and found.kind == "name" or governing == "," and _listed_after(text, tokens, k, _BESIDE):
                # "Maria Tolle, 29, of Fenwick, Ore., says": a place in the aside; "The campaign, backed by
                # researchers, doctors and nurses, says": who is named after "by" does not speak.
                placed = from_place
                continue
            aside = classify_phrase(text, tokens[j + 1 : i])  # "One local, Jonas Ek, told"
            named_after = found is None or (found.kind != "name" or employer) and opener == ","
            # ("The ferry operator, Fenwick Ferries, said": a company's name set off as a person's is.)
            first = j + 2 if tokens[j + 1].word == "the" else j + 1  # ("the trade group, the Coastal ... Association,")
            proper = aside is not None and (aside.kind == "name" or aside.kind == "organization" and i - first > 1
                                            and tokens[first].capitalized and tokens[i - 1].capitalized
                                            and not is_place_name(aside.name))  # (not "Houston, Texas,")
            if not proper and opener == ",":
                # ("Its biggest backer, the venture firm Northgate Partners, said": what the name is, then the name)
                named_last = _name_after_its_description(text, tokens, j + 1, i)
                aside, proper = (named_last, True) if named_last is not None else (aside, proper)
            if proper and named_after:
                if found is not None and found.end == tokens[j - 1].end:
                    return _described_before(text, tokens, found, aside) or aside
                return aside  # ("A spokesman for the Department of Justice, Peter Carr, said")
            if employer and found.kind in ("name", "organization", "document"):
                # "Officials at Homeland Security Investigations, a division of ..., said": people there
                # speak; "Mike Shields, president of the Leadership Fund, a super PAC ..., said": he does.
                head = _mention_before(text, tokens, k - 2) if k >= 2 else None
                if head is not None and head.kind in ("anonymous", "group") and head.end == tokens[k - 2].end:
                    return Mention(head.start, found.end, head.kind, text[head.start : found.end], head.head,
                                   head.plural)
                placed = from_place
                continue
            comma = k - 1
            while comma >= 2 and tokens[comma - 1].text.isdigit() and tokens[comma - 2].text == ",":
                comma -= 2  # ("Cecelia Purner, 61, a retired ... in Allentown, said": and an age)
            if found and found.kind in ("anonymous", "role", "group") and opener == "," and comma >= 1 \
                    and tokens[comma].text == ",":
                # "Christopher Harvey, a delegate from Houston, Texas, said": the description is an aside
                # too, and the name before it speaks (not one after a preposition: "In addition to Mr. Ek,").
                named = _phrase_before(text, tokens, comma - 1)
                n = _index_at(tokens, named.start) if named else 0
                if named is not None and named.kind == "name" and named.end == tokens[comma - 1].end \
                        and (n == 0 or tokens[n - 1].word not in PREPOSITIONS):
                    return named
            if found and found.kind == "name" and opener == "," and _aside_head_kind(text, tokens[j + 1 : i]) \
                    == "organization":  # "Novo, a fintech company focused on ...": not "a fellow at the Institute"
                return Mention(found.start, found.end, "organization", found.name, found.head)
            if found and found.kind in ("name", "anonymous", "organization", "role", "document", "group"):
                return found
            if opener != ",":
                return None
            # An aside of asides: "Tess Marlow, 21, a junior from Fenwick, said".
    if placed is not None:
        # No other aside before: who is from the place speaks ("Six papers in Fenwick, including the
        # Courier, said"), when the phrase runs from the sentence's start.
        found = _phrase_before(text, tokens, placed)
        if found is not None and found.kind in ("name", "anonymous", "role", "organization", "document", "group") \
                and opens_sentence(text, found.start):
            return found
    return None


def _name_after_its_description(text: str, tokens: list[Token], first: int, end: int) -> Mention | None:
    """The name that ends tokens[first:end] after lowercase words that say what it is ("the investor Tim
    Lee", "venture capitalist Tim Lee", "the venture firm Northgate Partners"), if the words are so."""
    start = end
    while start > first and _is_name_token(tokens[start - 1]) and (
            start == end or _joined(text, tokens[start - 1], tokens[start])):
        start -= 1
    words_before = tokens[first:start]
    if start == end or not words_before or not all(t.text.isalpha() and t.text.islower() for t in words_before) \
            or any(t.word in FUNCTION_WORDS and t.word not in ARTICLES for t in words_before) \
            or not _says_what_it_is(words_before[-1].word):
        return None  # (not "who lives outside Minneapolis")
    named = classify_phrase(text, tokens[start:end])
    return named if named is not None and named.kind in ("name", "organization") else None


# What opens a relative clause right after a document's noun ("a report the town manager presented").
_CLAUSE_SUBJECTS = {"the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we", "i"}


def aside_kind(text: str, tokens: list[Token], comma: int) -> str:
    """The kind of what the aside opening at tokens[comma] says ("Harbor Robotics, a Fenwick startup that
    builds ferries, ...": an organization), read up to the comma that closes it."""
    for k in range(comma + 1, min(len(tokens), comma + ASIDE_TOKENS)):
        if tokens[k].text == ",":
            return _aside_head_kind(text, tokens[comma + 1 : k])
        if tokens[k].text in ("\u201c", "\u201d", '"', ";", "."):
            return ""
    return ""


_RELATIVE_WORDS = {"who", "whose", "which", "that"}


def _aside_head_kind(text: str, aside: list[Token]) -> str:
    """The kind of what an aside is, read from its head noun phrase (before any preposition)."""
    # (nor past a relative clause: "a former harbor master who now leads a group of riders" is a person)
    end = next((k for k in range(1, len(aside)) if aside[k].word in PREPOSITIONS or aside[k].word in _RELATIVE_WORDS),
               len(aside))
    head = _description_after(text, aside[:end], 0)
    return head.kind if head is not None else ""


def mention_after(text: str, tokens: list[Token], i: int) -> Mention | None:
    """The speaker phrase starting at tokens[i] (the token right after the cue), if any."""
    if i >= len(tokens):
        return None
    while i + 1 < len(tokens) and tokens[i].word in LEADING_MODIFIERS:  # "said former Gov. Jim Doyle"
        i += 1
    first = tokens[i]
    if pronoun_kind(first.word):
        # "said it was ..." or "said who": an object or a question, not the speaker.
        return None if first.word in ("it", "who") else classify_phrase(text, [first])
    end = i
    if _is_name_token(first) or is_title(first.word):
        while end + 1 < len(tokens) and _joined(text, tokens[end], tokens[end + 1]) and (
                _is_name_token(tokens[end + 1]) or tokens[end + 1].word in PARTICLES or is_title(tokens[end + 1].word)):
            end += 1
        run = classify_phrase(text, tokens[i : end + 1])
        if run is not None and run.kind == "role" and not first.capitalized:
            # "said former secretary of state Hillary Clinton": the title runs into the name.
            named = _described_name_after(text, tokens, i)
            if named is not None:
                return named
        if run is not None and run.kind in ("name", "organization") and end + 1 < len(tokens) \
                and tokens[end + 1].text.islower() and _joined(text, tokens[end], tokens[end + 1]):
            # "said Fenwick port director Paul Grant": a place or an organization opening the role of
            # the name it runs into.
            named = _described_name_after(text, tokens, end + 1)
            if named is not None:
                return Mention(first.start, named.end, "name", named.name, named.head)
        # "U.S. and Ukrainian officials": the run only modifies a description's head.
        described = _description_after(text, tokens, i)
        if described and described.end > (run.end if run else 0) and described.kind != "role":
            return described
        return _over_of(text, tokens, run)
    # ("said spokesman John Kirby": the name the description runs into, not the description alone)
    described = _described_name_after(text, tokens, i) or _description_after(text, tokens, i)
    return _name_after_description(text, tokens, described) or _over_of(text, tokens, described)


def _over_of(text: str, tokens: list[Token], found: Mention | None) -> Mention | None:
    """An organization's name read on over "of" or "for" after one of its words ("according to the
    Department of Forestry", "the Fenwick Department of Forestry"), as mention_before reads it."""
    if found is None or found.kind != "organization":
        return found
    k = _index_at(tokens, found.end)  # the word after the phrase
    if not (2 <= k + 1 < len(tokens) and tokens[k].word in ("of", "for") and tokens[k - 1].end == found.end
            and tokens[k - 1].capitalized and is_organization_word(tokens[k - 1].word)
            and _is_name_token(tokens[k + 1]) and _joined(text, tokens[k - 1], tokens[k])
            and _joined(text, tokens[k], tokens[k + 1])):
        return found
    end = k + 1
    while end + 1 < len(tokens) and _is_name_token(tokens[end + 1]) and _joined(text, tokens[end], tokens[end + 1]):
        end += 1
    return Mention(found.start, tokens[end].end, "organization", text[found.start : tokens[end].end], found.head)


_PLACING = PEOPLE_PREPOSITIONS - {"on"}  # "a spokesman for the ministry", "an analyst at Harbor Bank"
PLACING_TOKENS = 8  # at most, in the phrase that places a description before the name after it


def _described_before(text: str, tokens: list[Token], described: Mention, name: Mention) -> Mention | None:
    """'a spokeswoman, Holly Ek', 'Fenwick Ferry's chief executive, Omar Haddad': the name, with the
    description set before it by a comma (one that says whose or which: a determiner or an owner
    opens it), as one mention of the named person. Not two subjects ("The company and its founder, ...")."""
    if described.kind not in ("anonymous", "role"):
        return None
    first = _index_at(tokens, described.start)
    if first > 0 and tokens[first - 1].word in ("and", "or") and not opens_sentence(text, tokens[first - 1].start):
        return None  # "the council and its clerk, Tim Lee, said": the second of two subjects
    words_ = tokens[first : _index_at(tokens, described.end)]
    if words_ and words_[0].word in ("and", "but"):  # "And the mayor, Ada Quist, said": the clause's joiner
        words_ = words_[1:]
    if not words_ or not (words_[0].word in DETERMINERS or any(POSSESSIVE_ENDING.search(t.text) for t in words_[:-1])):
        return None
    if any(t.word == "and" and (nxt.capitalized or nxt.word in DETERMINERS)
           for t, nxt in zip(words_, words_[1:], strict=False)):
        return None
    # (A company set off so speaks as one: "The warehouse's owner, Harbor Storage Co."; not a person of a
    # place: "Another pollster, David Woodard of Clemson University")
    company = name.kind == "organization" and all(word[:1].isupper() for word in name.name.split())
    return Mention(words_[0].start, name.end, "organization" if company else "name", name.name, name.head)


def description_before_name(text: str, m: Mention) -> str:
    """The description a name's mention holds before the name, set off by a comma ("a spokeswoman, Holly
    Ek" -> "a spokeswoman"; see _described_before), or ""."""
    lead = text[m.start : m.end].removesuffix(m.name).rstrip() if m.kind in ("name", "organization") else ""
    return lead.rstrip(",") if lead.endswith(",") else ""


def _name_after_description(text: str, tokens: list[Token], described: Mention | None) -> Mention | None:
    """'said a spokeswoman, Holly Ek.', 'said a former aide to the mayor, Tim Lee, who ...': a
    description, then the name it stands for set off by a comma, closing the clause: the named person."""
    if described is None or described.kind not in ("anonymous", "role"):
        return None
    k = _index_at(tokens, described.end)
    if k < len(tokens) and tokens[k].word in _PLACING:  # the rest of the description, up to its comma
        stop = min(len(tokens), k + PLACING_TOKENS)
        while k < stop and tokens[k].text not in PHRASE_BOUNDARIES and tokens[k].word not in _CLAUSE_WORDS:
            k += 1
    if k + 1 >= len(tokens) or tokens[k].text != "," or not _is_name_token(tokens[k + 1]):
        return None
    named = mention_after(text, tokens, k + 1)
    if named is None or named.kind != "name":
        return None
    m = _index_at(tokens, named.end)
    if m < len(tokens) and tokens[m].text not in (",", ";") and unbroken(text, named.end, tokens[m].start):
        return None  # the clause goes on: "said a spokeswoman, Holly Ek and ..."
    return _described_before(text, tokens, described, named)


def _described_name_after(text: str, tokens: list[Token], i: int) -> Mention | None:
    """'said retired surgeon Paula Grint', 'said undecided Green voter Maria Tolle', 'said
    master of ceremonies Dario Fenn': a few words describing the name they run into, lowercase
    but for a party or a nationality; the name is the speaker."""
    for end in range(i, min(len(tokens), i + 6)):
        token = tokens[end]
        if end > i and not _joined(text, tokens[end - 1], token):
            return None
        article = tokens[i].word in ARTICLES  # ("said the investor Tim Lee.": the name ends the clause)
        if _is_name_token(token) and end > i + article:
            run = mention_after(text, tokens, end)
            if run is not None and run.kind == "name" and (
                    not article or _named_after_what_it_is(text, tokens, end, run)):
                return Mention(tokens[i].start, run.end, "name", run.name, run.head)
        word = token.text.replace("-", "")  # "co-host"
        if not word.isalpha() or token.word in FUNCTION_WORDS and not (token.word == "of" and end > i) \
                and not (article and end == i) or not token.text.islower() and end == i:
            return None
    return None


def _named_after_what_it_is(text: str, tokens: list[Token], end: int, run: Mention) -> bool:
    """'the investor Tim Lee.': a name in capitals alone, right after a noun for a person or an organization,
    that ends the clause (not "a prominent Republican National Committee member who supports Trump")."""
    return run.start == tokens[end].start and _says_what_it_is(tokens[end - 1].word) \
        and all(word[:1].isupper() for word in text[run.start : run.end].split()) \
        and text[run.end : run.end + 1] in (".", ",")


QUANTIFIERS = {"some", "many", "most", "all", "several", "few", "none", "both", "each", "one", "two", "three"}
STANDING_ALONE = {"one", "another", "others", "some", "many", "several", "both", "most"}


# Words that make a run of words a clause, not a noun phrase: a finite auxiliary, an infinitive's "to".
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "would", "will", "could", "should",
                           "can", "may", "might", "must", "does", "did", "do", "to", "be", "been"})


def plain_description(text: str, tokens: list[Token], i: int, j: int) -> Mention | None:
    """tokens[i:j] as a description of whoever spoke, whatever its noun: a determiner and up to five
    more words ("one commenter", "the printed slate card"). Only where the syntax makes it the
    speaker: between a quotation and its cue, or after the cue to the clause's end."""
    alone = j - i == 1 and tokens[i].word in STANDING_ALONE  # "“...,” said one."
    if not (2 <= j - i <= 6 or alone) or tokens[i].word not in DETERMINERS | STANDING_ALONE \
            or tokens[i].word in ("that", "this", "no"):
        return None
    phrase = tokens[i:j]
    if not all(t.text[0].isalpha() and _joined(text, a, t) for a, t in zip(phrase, phrase[1:], strict=False)):
        return None
    if any(t.word in _CLAUSE_WORDS for t in phrase[1:]):
        return None  # "a celebratory event was held", "the campaign refused to": a clause, not who
    head = tokens[j - 1]
    if pronoun_kind(head.word) or _holds_a_clause(phrase) or _malformed(phrase):
        return None  # (nor "the app helps you", "Its design and")
    return Mention(tokens[i].start, head.end, "anonymous", _span_text(text, tokens[i:j]), head.word,
                   head.word.endswith("s") and not head.word.endswith("ss"))


def _description_after(text: str, tokens: list[Token], i: int) -> Mention | None:
    if i < len(tokens) and tokens[i].word == "that":
        return None  # "said that he and his aides ...": what follows is what was said
    if i >= len(tokens) or not (tokens[i].word in DETERMINERS or tokens[i].capitalized or tokens[i].text[0].isdigit()
                                or is_anonymous_noun(tokens[i].word)):
        return None  # "said after ...": a description after a cue opens with a determiner or a name
    end = i
    # A description: up to the head noun, then "familiar with ..." to the next comma.
    best = None
    while end < len(tokens) and end - i < 9 and tokens[end].text not in PHRASE_BOUNDARIES:
        if best and tokens[end].word in ("of", "to", "for", "at", "in", "with", "on", "from", "who", "that"):
            break
        if best and best.kind == "document" and (tokens[end].word in PUBLISHED or tokens[end].word == "by"
                                                 or tokens[end].word in _CLAUSE_SUBJECTS
                                                 and tokens[end - 1].end == best.end):
            # "according to a memo obtained by the Fenwick Courier", "a report the town manager presented",
            # "a report by the authority": the document, whoever holds or wrote it; the phrase runs to the
            # clause's mark.
            stop = end
            while stop < len(tokens) and tokens[stop].text not in PHRASE_BOUNDARIES and stop - end < 9 and not (
                    tokens[stop].word in ("and", "or") and stop + 1 < len(tokens) and not tokens[stop + 1].capitalized):
                stop += 1  # (not past "and a second complaint"; "the Securities and Exchange Commission" is one name)
            return Mention(best.start, tokens[stop - 1].end, "document", text[best.start : tokens[stop - 1].end],
                           best.head, best.plural)
        found = classify_phrase(text, tokens[i : end + 1])
        # (A capitalized head that a name's next word follows is a part of that name: "the Harbor
        # Investor Expo"; not when a person's given name follows: "Oversight ranking Democrat Ada Quist".)
        run_goes_on = tokens[end].capitalized and end + 1 < len(tokens) and _is_name_token(tokens[end + 1]) \
            and _joined(text, tokens[end], tokens[end + 1]) and tokens[end + 1].word not in given_names()
        if found and found.kind != "pronoun" and not run_goes_on:
            best = found
            nxt = tokens[end + 1 : end + 3]
            if len(nxt) == 2 and (nxt[0].word, nxt[1].word) in POSTMODIFIERS:
                stop = end + 1
                # (to a relative clause too: "familiar with the negotiations who spoke on condition of ...")
                while stop < len(tokens) and tokens[stop].text not in ",;:()\u2014\u2013" and stop - end < 9 \
                        and tokens[stop].word not in ("who", "whom"):
                    stop += 1
                best.end = tokens[stop - 1].end
                best.name = text[best.start : best.end]
                return best
        end += 1
    return best
