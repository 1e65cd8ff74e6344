"""Word tokens with their offsets, and the word classes the annotators ask about."""

from __future__ import annotations

import re
import zlib
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from ..lexicon import pairs, words

# A word: letters and digits, joined by a period, apostrophe or hyphen only where a letter follows
# ("U.S.", "o'clock", "well-known"), a number by its thousands separators ("2,000", not "2, 000"),
# maybe with a final period; or a mark the annotators read.
_TOKEN = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w\u00c0-\u024f]*"
                    r"(?:[.'\u2019\-][\w\u00c0-\u024f]+|(?<=\d),\d{3}(?!\d))*\.?"
                    r"|[,;:()\u2014\u2013\"\u201c\u201d\u00ab\u00bb]")
DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other",
               "his", "her", "their", "its", "our", "this", "that", "these", "those", "another", "both",
               "most", "few", "multiple", "numerous", "no"}
ARTICLES = frozenset({"the", "a", "an"})
# Finite forms of "be", "have", "do" and the modals: a verb, whatever follows.
FINITE = {"is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "should", "can", "may",
          "might", "must", "did", "does", "do"}
# A verb by its shape: a finite auxiliary, or a word in -ed or in -s after a consonant.
FINITE_WORDS = "|".join(sorted(FINITE))  # the same, as a pattern's alternatives
VERB_SHAPE = rf"(?:{FINITE_WORDS}|[a-z]+(?:es|ed|ts|ds|ns|rs|ks|ps|ls|ms|ys|gs))\b"
ANY_VERB = re.compile(r"\b" + VERB_SHAPE)  # a word of that shape anywhere
AUXILIARIES = {"has", "have", "had", "would", "will", "was", "were", "is", "are", "also", "later", "then",
               "once", "previously", "again", "earlier", "recently", "did", "does", "do", "can",
               "could", "may", "might", "publicly", "privately", "repeatedly", "often", "still", "further",
               "not", "never", "now", "reportedly", "simply", "just", "flatly", "first", "last", "only", "since",
               "even", "long", "always", "already"}
# Negated auxiliaries ("they don’t want", "he wouldn't say"), with either apostrophe.
AUXILIARIES |= {f"{verb}n{mark}t" for verb in ("do", "does", "did", "would", "could", "has", "have", "had", "is",
                                               "are", "was", "were", "should") for mark in "'\u2019"} | {
    "don't", "don\u2019t", "won't", "won\u2019t", "can't", "can\u2019t", "cannot"}


WORD_CACHE = 1 << 16  # words whose lexicon tests are remembered (a bound for a long-running service)


class Token(NamedTuple):
    """A word (or a punctuation mark) of the text. A named tuple: an article makes thousands, and a
    tuple is built several times faster than a frozen dataclass."""

    text: str
    start: int
    end: int
    word: str  # lowercased, without a sentence-final period (kept for abbreviations and initials)
    capitalized: bool


def _word(text: str) -> str:
    low = text.lower()
    if low.endswith(".") and low[:-1] not in words("abbreviations") and not re.fullmatch(r"(\w\.)+", low):
        low = low[:-1]
    return low


_INITIALS = re.compile(r"(\w\.)*\w")  # "U.S" of "U.S.", "a.m" of "a.m.": the period is the word's
POSSESSIVE_ENDING = re.compile(r"['\u2019]s$")  # a word's possessive ending ("Quist's", "Fenwick Ferry’s")


def _camel_case(word: str) -> bool:
    """A name written in camel case ("theCUBE's", "eBay") is capitalized too; not "anti-Trump", "al-Awlaki"."""
    core = POSSESSIVE_ENDING.sub("", word)
    return core.isalpha() and core[0].islower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens, computed once with their lowercased form (the annotators ask for it a million
    times an article batch)."""
    end = len(text) if end is None else end
    out = []
    append = out.append
    abbreviations = words("abbreviations")
    new = tuple.__new__  # Token(...) goes through a generated __new__; this skips that call per token
    find = text.find
    position = start
    # The words as strings (no match objects), each found from where the last ended: no character
    # between two tokens can begin one, so the first place a word's text occurs is where it was matched.
    for token_text in _TOKEN.findall(text, start, end):
        token_start = find(token_text, position)
        position = token_end = token_start + len(token_text)
        if token_text[-1] == "." and len(token_text) > 1:  # the rare case: _word() decides as before
            low = token_text[:-1].lower()
            if low not in abbreviations and not _INITIALS.fullmatch(low):
                token_end -= 1  # the period ends the sentence, it is not part of the word
                token_text = token_text[:-1]
            append(Token(token_text, token_start, token_end, _word(token_text), token_text[:1].isupper()))
        else:  # no final period: the word is the lowercased text
            low = token_text.lower()
            append(new(Token, (token_text, token_start, token_end, low,
                               token_text[0].isupper() or low != token_text and _camel_case(token_text))))
    return out


@cache
def stance_words() -> frozenset[str]:
    """Verbs and adjectives of belief, wish or stance (cues only where no verb of speech is)."""
    return words("stance_verbs") | words("stance_adjectives")


def is_cue(word: str, stance: bool = False) -> bool:
    """A verb that reports speech; with stance, one that reports a belief, wish or stance as well."""
    return word in words("speech_verbs") or stance and word in stance_words()


def is_negation(word: str) -> bool:
    """'not', 'never', 'cannot', "didn't", 'wouldn’t': a word that denies the verb it goes with."""
    return word in ("not", "never", "cannot") or word.endswith(("n't", "n\u2019t"))


@cache
def _dictionary() -> np.ndarray:
    """The CRC-32 of each word of english-words' Webster's Second International word list (public
    domain) that it writes in lowercase (211,000 of its 236,000: not its proper nouns), sorted: under a
    megabyte, where a set of the words themselves held 35 MB of objects that slowed the whole annotator
    down by some 7% (5.5 against 5.1 ms an article). (Two words share a CRC-32 once in 20,000 lookups
    at most: a harmless miss.)"""
    from english_words import get_english_words_set

    words_ = get_english_words_set(["web2"], alpha=True)
    return np.unique(np.fromiter((zlib.crc32(w.encode()) for w in words_ if w.islower()), dtype=np.uint32))


def _known(word: str) -> bool:
    known = _dictionary()
    key = zlib.crc32(word.encode())
    i = int(np.searchsorted(known, key))
    return i < len(known) and int(known[i]) == key


# Inflections and what the word was before them: "studies" -> "study", "ensures" -> "ensure", "taxes" -> "tax".
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ly", ""))


def is_dictionary_word(word: str) -> bool:
    """Whether a lowercase word is an English dictionary's, as it stands or without its inflection
    ("ensures", "increased"): a word capitalized to open a sentence, no name, when nothing else says so."""
    return _known(word) or any(word.endswith(end) and _known(word[: -len(end)] + base)
                               for end, base in _INFLECTIONS if len(word) > len(end) + 2)


@cache
def given_names() -> frozenset[str]:
    """First names, of men and of women: the lexicons' (lexicons/male_names.txt, female_names.txt, with
    the names in the news) and the 1990 US Census's (lexicons/census_names.txt, which
    training/given_names.py writes), but its rare ones that are also words ("Lily", "May")."""
    census = frozenset(name for name, gender in pairs("census_names").items() if not gender.endswith("?"))
    return words("male_names") | words("female_names") | census


def name_gender(given: str) -> str:
    """'f' or 'm' for a given name borne (four times over) mostly by women or by men, else ''."""
    if given in words("female_names"):
        return "f"
    if given in words("male_names"):
        return "m"
    gender = pairs("census_names").get(given, "")[:1]
    return gender if gender in ("f", "m") else ""


def noun_gender(noun: str) -> str:
    """'f' or 'm' for a title or a noun for a person that tells a gender ("Mrs", "mother"), else ''."""
    return pairs("gendered_nouns").get(noun.lower(), "")


def is_inverted_cue(word: str) -> bool:
    """A cue that may stand before its speaker ("said Schiff")."""
    return word in words("inverted_cues")


def is_label(phrase: str) -> bool:
    """Whether a capitalized phrase before a colon is a label of the outlet's ("UPDATE:", "Editor's note:"),
    naming nobody who speaks (lexicons/labels.txt)."""
    return any(word.lower() in words("labels") for word in phrase.split())


@lru_cache(maxsize=WORD_CACHE)  # (asked of the same few thousand words some 900 times an article)
def is_title(word: str) -> bool:
    """A title before a name (lexicons/titles.txt), or any "...-in-chief" ("Editor-in-Chief Ada Quist")."""
    word = word.rstrip(".")
    return word in words("titles") or word.endswith("-in-chief") and word.count("-") == 2


def is_title_phrase(phrase: str) -> bool:
    """Whether every word of a label is a title ("CEO", "Chief Executive"): it names a post, nobody in it."""
    return bool(phrase.split()) and all(is_title(word.lower()) for word in phrase.split())


def pronoun_base(head: str) -> str:
    """The pronoun without a verb's short form attached: "she'd" and "she’ll" are "she"."""
    return head.replace("\u2019", "'").split("'")[0]


def pronoun_gender(head: str) -> str:
    """'m' for "he", "him", "his" (or "he'd"), 'f' for "she", "her", else ''."""
    base = pronoun_base(head)
    return "m" if base in ("he", "him", "his") else "f" if base in ("she", "her") else ""


def pronoun_kind(word: str) -> str | None:
    return pairs("pronouns").get(word)


def is_first_person(word: str) -> bool:
    """'I', 'we' and their contractions: outside quotation marks, the writer (or the outlet) speaking."""
    return pronoun_kind(word) in ("speaker", "speakers")


_PROFESSION_ENDINGS = ("ologist", "ologists", "ician", "icians", "ographer", "ographers",  # "epidemiologists"
                       "ermen", "remen", "cemen", "smen", "ymen")  # "fishermen", "firemen", "tradesmen" (not Yemen)


def is_anonymous_noun(word: str) -> bool:
    return word in words("anonymous_nouns") or word.endswith(_PROFESSION_ENDINGS) and word.isalpha()


def looks_plural(noun: str) -> bool:
    """'parents', 'aides'; not 'boss'."""
    return noun.endswith("s") and not noun.endswith("ss")


@lru_cache(maxsize=WORD_CACHE)
def is_organization_word(word: str) -> bool:
    """A word organizations' names end with (lexicons/organization_words.txt), abbreviated too ("Inc."), or
    one that says what kind of company one is (lexicons/company_kinds.txt)."""
    lexicon = words("organization_words")
    return word in lexicon or word[-1:] == "." and word[:-1] in lexicon or is_company_kind(word)


@cache
def irregular_past() -> frozenset[str]:
    """Verbs in the past without -ed: those that are participles too (lexicons/irregular_past.txt) and those
    that never are (lexicons/simple_past.txt)."""
    return words("irregular_past") | words("simple_past")


def is_company_kind(word: str) -> bool:
    """'utility', 'automaker' (lexicons/company_kinds.txt): set before a name, it says the name is a company's."""
    return word in words("company_kinds")


def is_document_word(word: str) -> bool:
    return word in words("document_words")
