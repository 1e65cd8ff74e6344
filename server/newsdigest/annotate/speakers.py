"""Who said it: find the speaker of a quotation or of reported speech, and resolve who that is.

`find_attribution` looks for a cue ("said", "told", "according to") with a speaker phrase beside it in
a stretch of tokens; `resolve` turns the phrase (a pronoun, a surname, "the aide") into a name, by
way of names.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import lines, pairs, pairs_of_sets, words
from ..models import Span
from .mentions import (
    ASIDE_TOKENS,
    CIRCUMSTANCE_PREPOSITIONS,
    FUNCTION_WORDS,
    GO,
    OPENING_PREPOSITIONS,
    PREPOSITIONS,
    REFLEXIVES,
    STANDING_ALONE,
    SUBORDINATORS,
    TIME_WORDS,
    Mention,
    _is_name_token,
    classify_phrase,
    is_adverb,
    is_people_plural,
    is_place_name,
    is_year,
    mention_after,
    mention_before,
    opens_sentence,
    places_by_name,
    plain_description,
    subject_pronoun,
    unbroken,
    with_examples,
)
from .names import Names, joined_names, member_of, names_a_member
from .people import People, Person, a_verb
from .tokens import (
    ANY_VERB,
    ARTICLES,
    AUXILIARIES,
    DETERMINERS,
    FINITE,
    POSSESSIVE_ENDING,
    Token,
    given_names,
    irregular_past,
    is_anonymous_noun,
    is_cue,
    is_dictionary_word,
    is_document_word,
    is_inverted_cue,
    is_label,
    is_negation,
    is_organization_word,
    is_title,
    is_title_phrase,
    looks_plural,
    noun_gender,
    pronoun_gender,
    pronoun_kind,
    stance_words,
)

ASIDE_WORDS = 15  # at most, in a relative clause set off before the sentence's own cue
_POSSESSIVE_NAME = re.compile(r"(?<![\w'\u2019])[A-Z][\w-]*['\u2019]s [a-z]")  # "Quist's mother"
PRONOUN_REACH = 600  # characters back to the unnamed speaker a "he" or "she" stands for
IT_REACH = 400  # characters back to a name that spoke, which an "it" may stand for
_INDEFINITE = {"a", "an", "one", "another"}
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
_A_NUMBER_OF = {"few", "lot", "couple", "handful", "number", "majority", "minority", "dozen", "bunch"} | words(
    "share_nouns")
_WORDS_FOLLOW = re.compile(r"\bthat\b|[:\"\u201c]")  # ("Texas argued in court that ...": what was said follows)
_HEADLINE_AGENT_PREPOSITIONS = {"in", "with", "over", "after", "by"}  # ("charged in"; not "called for", "warned of")
REFUSING = {"decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing"}
_ASKING = {"asked", "asks", "ask", "asking", "wondered", "wonders", "questioned"}

_DASH = re.compile(r"\s*([\u2015\u2014\u2013]|--?)\s*(?=[A-Z])")
_NAME_COLON = re.compile(r"[A-Z][\w.\u2019'-]*(:)\s*$")
MAX_SCAN = 150  # tokens
ROLE_BEFORE_NAME = 6  # words at most, in "and the harbor chief, Tim Lee"
_SPEAKING_TOGETHER = ("name", "anonymous", "role")  # kinds of speaker joined by "and" ("He and his aides said")
_OF_WHOM = re.compile(r"\s(?:to|of|for|with|at|from)\s")
NAMED_TOGETHER = 4  # at most, people named as one subject ("Quist, Lee, Vance and Ek said")
# Words after which a clause, and its subject, begin ("..., but Quist and Lee said").
_CLAUSE_OPENERS = {"and", "but", "so", "then", "that", "yet"}
# The dashes around an aside, as the text writes them between two words: " - ", " -- ", "—".
_ASIDE_DASH = re.compile(r"\s+--?\s+|\s*[\u2014\u2013]\s*")
# What a noun phrase's last word is followed by: a comma or the sentence's end (not one before a
# quotation: "kept saying, “...”"), or "and"/"or" going on with a list.
_PHRASE_CLOSES = re.compile(r"\s*(?:[,.;)](?!\s*[\u201c\"])|(?:and|or)\b)")
_PHRASE_ENDS = {",", ".", ";", ":", ")", "\u2014", "!", "?"}
WITH_REACH = 25  # tokens back from "and" to the "with" it goes on from
SEEKING = r"(?:seeking|requesting|asking\s+for)"  # "a message seeking comment": a reporter's request
_SEEKING_COMMENT = re.compile(rf"{SEEKING}\s+(?:a\s+)?comments?\b", re.I)
_SIDE_PRONOUNS = {"him", "her"}  # whom a verb of taking a side names ("backing her"; "them" are things as often)
# What may follow whom a side is taken for: the clause ends, or says where, when, for what or why.
_AFTER_WHOM = PREPOSITIONS | TIME_WORDS | {"and", "but", "or", "because", "as", "while", "despite", "over", "against"}
_ENDS_WHOM = SUBORDINATORS | {"and", "but", "or", "who", "which", "that", "whom", "whose", "during", "by"}
SIDE_NAME_REACH = 5  # tokens: a person's name after the verb, after "former" and a title or two
_WRITERS_ASIDE = words("writers_asides")  # "it is important to note that ..."
TITLE_CASE_WORDS = 4  # read after a capitalized cue and the capitalized word after it
_QUOTE_MARKS = ("'", '"', "\u2018", "\u201c")  # that open a title
# What opens the words a verb of lexicons/clause_cues.txt reports.
_CLAUSE_OPENERS = {"that", "whether", "if", "how", "what", "why", "when", "where", "who", "to"}


def _introduces(first_word: str) -> bool:
    """Whether a description opening with the word brings in someone new: "a fisherman", "one mother", and
    a name's ("Olsson's mother"); not "the candidate", a name said again, nor "his brother", often named
    before."""
    return first_word.lower() in _INDEFINITE or first_word[:1].isupper() and first_word.endswith(("'s", "\u2019s"))


@cache
def _side_only_words() -> frozenset[str]:
    """Verbs that take a side and report nothing else: lexicons/side_only_verbs.txt and those that take it
    through a particle (lexicons/side_particles.txt: "voted for")."""
    return words("side_only_verbs") | frozenset(pairs("side_particles"))


@cache
def _side_words() -> frozenset[str]:
    """The verbs of taking a side, those that take it only so included."""
    return words("side_verbs") | _side_only_words()


@cache
def _stance_lemmas() -> frozenset[str]:
    """The base forms of the verbs of stance: the first word of a line that goes on with its -s form."""
    return _lemmas("stance_verbs")


@cache
def _speech_lemmas() -> frozenset[str]:
    """The base forms of the verbs of speech and of stance ("say", "rule", "brand"; not "said")."""
    return _lemmas("speech_verbs") | _lemmas("stance_verbs")


def _lemmas(lexicon: str) -> frozenset[str]:
    return frozenset(f[0] for line in lines(lexicon) for f in [line.split()]
                     if len(f) >= 2 and f[1] in (f[0] + "s", f[0] + "es", f[0][:-1] + "ies"))


OBJECT_REACH = 6  # words after "offered" within which what it gives is named
# Words ending like a verb in -s that never are one: "said Sanders as he closed out".
_NOT_VERBS = {"as", "his", "its", "this", "thus", "plus", "whereas", "besides", "unless", "across", "towards",
              "perhaps", "always", "news", "us", "yes"}
GOVERNING = CIRCUMSTANCE_PREPOSITIONS | {"to", "for", "by"}  # a name after one is an object ("on Facebook")
_COLLECTIVES = {"group", "coalition", "team", "band", "crowd", "panel", "delegation", "handful", "couple", "pair"}
_SAYING = {"say", "says", "said", "tell", "tells", "told"}
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
PARTICIPLES = {"said", "told", "written", "spoken", "wrote", "made", "put"}
# Words that open a clause whose verb is a gerund, its subject the main clause's ("After saying ..., she").
CLAUSE_GERUND_OPENERS = {"after", "before", "while", "when", "since", "despite", "upon", "by", "in"}
SUBJECT_KINDS = ("name", "pronoun", "anonymous", "role", "organization")
MAX_CLAUSE_TOKENS = 60
NAMED_WORDS = 5  # at most, between a naming verb and "as" ("praised the crew as")
_BE = {"is", "are", "was", "were", "be", "been", "being"}
PUBLISHING_VERBS = words("publishing_verbs")


_NOUN_MARKERS = frozenset({"a", "an", "the"} | POSSESSIVES)  # a noun comes after them
NAMED_RUN_WORDS = 5  # at most, in a name modifying a noun ("a Pew Research Center report")
_PREPOSITIONS = frozenset({"of", "with", "for", "in", "on", "at", "from", "into", "without", "about", "by"})


@cache
def pairs_of_compounds() -> dict[str, frozenset[str]]:
    """First word -> the words after it that make a compound noun of it (lexicons/cue_compounds.txt)."""
    return {first: frozenset(rest.split()) for first, rest in pairs("cue_compounds").items()}


@cache
def _trigger_words() -> frozenset[str]:
    """Every word find_attribution may stop at: cues, claim nouns, phrasal verbs, "according" (to),
    and "and"/"but" (a new clause after a quotation)."""
    return (words("speech_verbs") | stance_words() | words("claim_nouns") | frozenset(pairs_of_sets("phrasal_cues"))
            | {"according", "and", "but", "words", "per"})


@dataclass
class Attribution:
    mention: Mention
    cue: Span
    name: str = ""
    person: Person | None = None
    # Each of the people named together who speak together ("Quist and Lee said"), resolved: sources each.
    members: list[Attribution] = field(default_factory=list)

    def each_speaker(self) -> list[Attribution]:
        """The people who speak: those named together, or the one."""
        return self.members or [self]


# What a source asks for or speaks under, when unnamed: "asked not to be named", "spoke on condition of anonymity".
_ANONYMITY_ASKED = re.compile(r"\s+(?:not to be (?:named|identified|quoted)|to not be (?:named|identified)|"
                              r"for anonymity|to remain anonymous|anonymously|on (?:the )?condition (?:of|that)|"
                              r"that (?:his|her|their) (?:last |full )?names? (?:not|never) be)\b")


def _person_phrase(m: Mention) -> bool:
    """A name, or a description of people by a noun for them or a title ("his aides", "the treasurer")."""
    return m.kind == "name" or m.kind in _SPEAKING_TOGETHER and (is_anonymous_noun(m.head) or is_title(m.head))


def _first_between(offsets: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted offsets lies in [lo, hi)."""
    i = bisect.bisect_left(offsets, lo)
    return i < len(offsets) and offsets[i] < hi


def _inside(starts: list[int], spans: list[Span]) -> list[bool]:
    """For each token (by its start), whether it lies inside one of the sorted, disjoint spans."""
    inside = [False] * len(starts)
    for s, e in spans:
        for k in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)):
            inside[k] = True
    return inside


def _between_subject_and_verb(token: Token) -> bool:
    """An auxiliary or an adverb ("was first reported", "As previously reported")."""
    return token.word in AUXILIARIES or is_adverb(token)


def _base_form(cue: str) -> bool:
    """'say', 'argue': an inverted cue's base form (lexicons/inverted_cues.txt lists its form in -s too), not
    a past ('read')."""
    inverted = words("inverted_cues")
    return (cue + "s" in inverted or cue + "es" in inverted) and cue not in irregular_past()


def _verb_like(token: Token) -> bool:
    """A finite verb by its shape, or a negated auxiliary ("isn’t", "won't")."""
    word = token.word
    return word in FINITE or is_negation(word) and word not in ("not", "never") \
        or word.endswith(("ed", "s")) and not word.endswith(("ss", "us")) and word not in _NOT_VERBS


class Speakers:
    def __init__(self, text: str, tokens: list[Token], quoted: list[Span], people: People, headline_end: int = 0):
        self.text = text
        self.headline_end = headline_end  # where the headline the text opens with ends (0: it has none)
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.quoted = quoted
        self.people = people
        self.person_at = dict(people.timeline)  # offset -> the person named there (outside quotations)
        self.names = Names(text, tokens, people)
        self.phrasal = pairs_of_sets("phrasal_cues")  # verb -> its particles: "shot" -> {"back"}
        stance = stance_words()
        self.stance_offsets = [t.start for t in tokens if t.word in stance]
        findings = words("finding_words")
        self.finding_offsets = [t.start for t in tokens if t.word in findings]
        self.quoted_tokens = _inside(self.starts, quoted)
        # The tokens find_attribution stops at; it passes over every other word, so it visits only these.
        stops = _trigger_words()
        self.triggers = [k for k, t in enumerate(tokens) if t.word in stops]

    def has_stance_verb(self, lo: int, hi: int) -> bool:
        """Whether a verb of belief, wish or stance lies between the offsets (most sentences have none)."""
        return _first_between(self.stance_offsets, lo, hi)

    def index_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)


    def find_attribution(self, lo: int, hi: int, last: bool = False, window: int = 0,
                         after_quote: bool = False, stance: bool = False, since: int = 0) -> Attribution | None:
        """A cue with its speaker between offsets lo and hi (outside quotations).

        last: prefer the cue nearest hi (the text before a quotation); window: only the first N tokens;
        after_quote: lo ends a quotation, so a description right before or after the cue that
        follows it speaks whatever its noun ("..., wrote one commenter"); stance: verbs of belief,
        wish and stance are cues too (lexicons/stance_verbs.txt, stance_adjectives.txt); since: only
        cues from that offset on (the speaker may still stand before it).
        """
        i, j = self.index_at(lo), self.index_at(hi)
        toks = self.tokens
        # No real sentence is longer than this: a page without sentence breaks must stay linear.
        window = min(window or MAX_SCAN, MAX_SCAN)
        first = max(i, self.index_at(since))
        lo_k, hi_k = (max(first, j - window), j) if last else (first, min(j, first + window))
        triggers = self.triggers
        order = triggers[bisect.bisect_left(triggers, lo_k) : bisect.bisect_left(triggers, hi_k)]
        if last:
            order.reverse()
        claim_nouns = words("claim_nouns")
        for k in order:
            token = toks[k]
            if self.quoted_tokens[k]:
                continue
            if after_quote and token.word in ("and", "but") and k > i and toks[k - 1].text == ",":
                return None  # '“shine like a lantern,” for example, and Brandt vowed': a new clause, its own speaker
            if token.word == "according" and k + 1 < j and toks[k + 1].word == "to":
                found = (self._object_pronoun(k + 2, j)
                         or mention_after(self.text, toks[k + 2 : min(j, k + 32)], 0)  # a window: never the whole text
                         or self._according_phrase(k + 2, j))
                if found:
                    return Attribution(found, (token.start, toks[k + 1].end))
                continue
            if token.word == "per":
                found = self._per_source(k, i, j)
                if found:
                    return Attribution(found, (token.start, token.end))
                continue
            found = self._claim_noun(k, i, j, lo) if token.word in claim_nouns else None
            if found:
                return found
            if token.word == "words":
                found = self._in_words_of(k, i, lo)
                if found:
                    return found
                continue
            phrasal = token.word in self.phrasal and not is_cue(token.word) and self._phrasal_cue(k, j)
            if is_cue(token.word) and k + 2 < j and toks[k + 1].word in ("by", "in") and self._opens_with_as(i, k):
                # "As reported by Western Journalism, investigators found ...": who follows "by" reports it;
                # "As stated in Quist's report, ...": the document or outlet after "in".
                agent = mention_after(self.text, toks[k + 2 : min(j, k + 14)], 0)
                if agent is not None and agent.kind != "pronoun" and (
                        toks[k + 1].word == "by" or agent.kind in ("document", "organization")):
                    return Attribution(agent, (token.start, token.end))
            if not (is_cue(token.word, stance) or phrasal) or not self._cue_in_place(k) or self._passive(k):
                continue
            if _ANONYMITY_ASKED.match(self.text, token.end):
                continue  # "who asked not to be named": why the source is unnamed, nothing said
            if k > i and toks[k - 1].word == "who" and self._aside_before_cue(k, j):
                continue  # "Holly Ek, who wrote the ordinance, said ...": the aside's verb, not the sentence's
            if token.word in words("clause_end_cues") and (
                    k + 1 < len(toks) and toks[k + 1].text not in (",", ":")
                    and unbroken(self.text, token.end, toks[k + 1].start) or k > i and toks[k - 1].word in _BE_FORMS):
                continue  # (nor "because the investigation is continuing, said ...": what goes on, no speech)
            if k + 1 < len(toks) and toks[k + 1].word == "up" and not phrasal:
                continue  # "who showed up", "the numbers add up": another verb
            if token.word.endswith("ing") and k + 1 < len(toks) and toks[k + 1].word == "by":
                continue  # "(Reporting by Jo Park; Editing by ...)": a credit, its agent after "by"
            # ("shot back", "puts it"; a cue's own particle too: "points out the ferry is late")
            particle = phrasal or k + 1 < j and toks[k + 1].word in self.phrasal.get(token.word, ())
            cue = (self._negated_from(k, i), toks[k + 1].end if particle else token.end)
            if token.word.endswith("ing") and k == i and token.capitalized:
                # "Noting that both ferries were late, Quist blamed the council": a gerund opening the
                # sentence is the main clause's subject's.
                subject = self._subject_after_clause(i, k)
                words_of = self.tokens[self.index_at(subject.start) : self.index_at(subject.end)] if subject else []
                owned = bool(words_of) and (words_of[0].word in POSSESSIVES
                                            or any(POSSESSIVE_ENDING.search(t.text) for t in words_of))
                if subject and not owned:  # (not "..., director Tim Lee’s new drama", "..., his images show")
                    return Attribution(subject, cue)
                continue
            if token.word.endswith("ing") and k > i:
                # "with Sen. John McCain calling it ...": a name right before the gerund says it;
                # "..., saying “...”": otherwise the clause's subject does, not what follows.
                named = mention_before(self.text, toks, k - 1) if toks[k - 1].text not in (",", ")") else None
                if named is not None and self._word_opening_a_sentence(named, token.word):
                    named = None  # "Start planning the guest list", "Mindfulness involves observing ..."
                progressive = toks[k - 1].word in ("is", "are", "was", "were") or toks[k - 1].word.endswith(
                    ("'s", "\u2019s", "'re", "\u2019re"))  # "He’s claiming that"
                governed = named is not None and self._after_preposition(named)  # "on Facebook writing"
                if named and (named.kind == "name" or progressive) and named.start >= lo and not governed:
                    return Attribution(named, cue)
                if named and named.start >= lo and named.kind != "pronoun" and self._after_with(named):
                    return Attribution(named, cue)  # "with Democrats saying ...", "with the company warning ..."
                subject = self._subject(lo, token.start, nearest=True) or self._subject_after_clause(i, k)
                if subject:
                    return Attribution(subject, cue)
                continue
            inverted = is_inverted_cue(token.word) or after_quote and self._names_after_quotation(i, k)
            after_comma = inverted and k - 1 >= i and toks[k - 1].text == ","
            after = mention_after(self.text, toks[k + 1 : min(j, k + 31)], 0) if after_comma else None
            if after is not None and after.kind in ("name", "role") and after.end <= hi \
                    and self.text[after.end : after.end + 1] in ",.":
                # "CONTENT, said Dan Gerstein, an analyst in New York": who follows the cue, when the
                # clause ends with him, spoke, not a name inside what was said.
                return Attribution(after, cue)
            # ("Mr. Lee - in a line aimed at Ms. Quist - declared that ...": the subject before the aside)
            last = self._before_dashed_aside(i, k)
            before = mention_before(self.text, toks, last) if last >= i else None
            if before is not None and self._word_opening_a_sentence(before, token.word):
                before = None  # "Final price ...", "Nobody expects ...": capitalized to open the sentence, no name
            if before is None:
                before = self._which_antecedent(i, k)
            if before and before.kind in ("organization", "document"):
                before = self._joined(before, lo)
            elif before and before.kind in _SPEAKING_TOGETHER:
                before = self._named_together(before, lo)
            if before is not None:  # ("the towns of Fenwick and Quay said", "critics like Quist say")
                before = places_by_name(self.text, toks, before) or with_examples(self.text, toks, before) or before
            if before and before.head == "who" and not is_cue(token.word) and self._describes_an_object(before) \
                    and self.side_taken(cue) is None:  # (not "with captains who oppose her": they take her side)
                continue  # "perfect for travelers who want to see the highlights": whom it suits, no one's stance
            if before and before.start >= lo:
                outer = self._outer_speaker(before, i) if before.kind == "pronoun" else None
                if outer:
                    return outer
                return Attribution(self._publisher(before, i), cue)
            conjoined = self._conjoined_subject(i, k) if before is None else None
            if conjoined:
                return Attribution(conjoined, cue)
            if inverted and not after_comma:  # (read once: after a comma it was read above)
                after = mention_after(self.text, toks[k + 1 : min(j, k + 31)], 0)
            if after is not None and not after_comma and _base_form(token.word):
                # "..., say some captains": a verb's base form stands before its speaker only after a comma
                # (or a quotation, read above; not "You could say I got used to it", "sent Jonah to warn the
                # people that")
                after = None
            if after and after.end <= hi and self._ends_clause(after):
                return Attribution(after, cue)
            described = self._described_speaker(i, k, j) if after_quote else self._clause_description(i, k)
            if described:
                return Attribution(described, cue)
        return None

    def _names_after_quotation(self, i: int, k: int) -> bool:
        """'“...,” advises Brandt.': any verb of speech right after a quotation, in a tense that tells,
        with a name after it, comes before its speaker (not '“fantastic,” telling reporters')."""
        toks = self.tokens
        return k == i and k + 1 < len(toks) and not toks[k].word.endswith("ing") and toks[k + 1].text[:1].isupper()

    def _subject_after_clause(self, i: int, k: int) -> Mention | None:
        """'After saying her foot was “so swollen I could barely get my shoe on,” she was ...': a gerund
        that opens the sentence's first clause (after "after", "while", "by" ...) is the main clause's
        subject's, who stands right after the comma that closes it."""
        toks = self.tokens
        if k != i and (k != i + 1 or toks[i].word not in CLAUSE_GERUND_OPENERS):
            return None
        for m in range(k + 1, min(len(toks) - 1, k + MAX_CLAUSE_TOKENS)):
            if not unbroken(self.text, toks[m - 1].end, toks[m].start) or toks[m].text == ";":
                return None  # the sentence ended first
            if toks[m].text != "," or self.quoted_tokens[m] and toks[m + 1].text not in ("\u201d", '"'):
                continue
            first = m + 2 if toks[m + 1].text in ("\u201d", '"') else m + 1  # ('on,” she was')
            # A name or pronoun as soon as one is whole ("Mr. Biden has been ..."), else a description.
            for width in (*range(1, 5), 10):
                found = mention_after(self.text, toks[first : first + width], 0)
                if found is None or found.start != toks[first].start or found.kind not in SUBJECT_KINDS:
                    continue
                after = self.index_at(found.end)
                if (width == 10 or found.kind in ("name", "pronoun")) and after < len(toks) \
                        and toks[after].text.islower():  # its verb follows
                    return found
            return None
        return None

    def _person_of_organization(self, organization: Mention, end: int) -> bool:
        """Whether the word at tokens[end] makes the organization's phrase a person's ("A state judge",
        "The company's lawyer")."""
        longer = mention_before(self.text, self.tokens, end)
        return longer is not None and longer.start == organization.start \
            and longer.kind in ("anonymous", "role", "name")

    def _clause_description(self, i: int, k: int) -> Mention | None:
        """'Another commenter said, “...”': a determiner and a few words that open the clause right
        before the cue describe whoever spoke, whatever the noun."""
        toks = self.tokens
        cue = toks[k].word
        while k - 1 > i and toks[k - 1].word in AUXILIARIES:  # "Many vets are concerned that"
            k -= 1
        for d in range(k - 1, max(i, k - 5) - 1, -1):
            if toks[d].word not in DETERMINERS or toks[d].word in ("that", "this", "no"):
                continue
            if d == k - 1 and toks[d].word not in STANDING_ALONE:  # "Some have suggested", not "The said"
                continue
            # (a clause joined by ", and" or ", but" opens too before "said" or "told": "The ferry was late,
            # and the families said"; other cues there follow things as often: "and the acceleration feels")
            opens = d == i or toks[d - 1].text in (",", ";", ":", "\u201d", '"') or not unbroken(
                self.text, toks[d - 1].end, toks[d].start) or cue in _SAYING and d - 2 > i \
                and toks[d - 1].word in ("and", "but") and toks[d - 2].text == ","
            words_only = all(t.text.replace("-", "").isalpha() and t.text.islower() for t in toks[d + 1 : k])
            return plain_description(self.text, toks, d, k) if opens and words_only else None
        return None

    def _described_speaker(self, i: int, k: int, j: int) -> Mention | None:
        """'“...,” one commenter wrote' / '“...,” wrote one commenter.': the words between the
        quotation and its cue, or from an inverted cue right after it to the clause's end."""
        toks = self.tokens
        first = i
        while first < k and toks[first].text in (",", "\u2014", "\u2013"):
            first += 1
        if first < k:
            return plain_description(self.text, toks, first, k)
        if not is_inverted_cue(toks[k].word) and not self._names_after_quotation(i, k):
            return None
        end = k + 1
        while end < j and end - k <= 6 and toks[end].text[0].isalpha() and unbroken(
                self.text, toks[end - 1].end, toks[end].start):
            end += 1
        if end < j and unbroken(self.text, toks[end - 1].end, toks[end].start) and toks[end].text != ",":
            return None  # the clause goes on: "said the plan would ..."
        return plain_description(self.text, toks, k + 1, end)

    def _per_source(self, k: int, i: int, j: int) -> Mention | None:
        """'..., per a person familiar with the decision.', 'Per team officials, ...': "per" as "according to",
        after a comma or opening the sentence, its source a phrase for people, an organization or a
        document that ends the clause (not "$5 per share", "per capita")."""
        toks = self.tokens
        if not (k > i and toks[k - 1].text == "," and toks[k].text == "per" or k == i) or k + 1 >= j:
            return None  # (not a name's word: "(Bouley, Per Se)")
        if toks[k + 1].text.islower() and (k + 2 >= j or not toks[k + 2].text[0].isalnum()) \
                and not (is_anonymous_noun(toks[k + 1].word) and toks[k + 1].word.endswith("s")):
            return None  # ("$5, per person,": a noun alone, singular, is a rate's unit, no source)
        phrase = self._according_phrase(k + 1, j)
        for found in (mention_after(self.text, toks[k + 1 : min(j, k + 31)], 0),
                      phrase if phrase is not None and phrase.kind != "organization" else None):
            if found is None or found.kind not in ("name", "anonymous", "organization", "document", "role"):
                continue
            rest = self.text[found.end : toks[j - 1].end].strip(" .!?")
            # (The source ends the sentence, or opens it: not an aside, "Lee said, per a translator, that ...")
            if not rest or k == i and rest.startswith(","):
                return found
        return None

    def _object_pronoun(self, k: int, j: int) -> Mention | None:
        """'according to her': the pronoun alone, as the subject it stands for (lexicons/object_pronouns.txt)."""
        subject = pairs("object_pronouns").get(self.tokens[k].word) if k < j else None
        if subject is None or k + 1 < j and self.tokens[k + 1].text not in _PHRASE_ENDS:
            return None  # ("according to her lawyer", 'her "clawback" plan': a possessive)
        token = self.tokens[k]
        return Mention(token.start, token.end, "pronoun", token.text, subject,
                       plural=pronoun_kind(subject) in ("plural", "speakers"))

    def _according_phrase(self, start: int, j: int) -> Mention | None:
        """'according to early results of the exit poll', '... to his Facebook profile': whatever
        follows "according to", up to the clause's end, is the source (a record, unless capitalized)."""
        toks = self.tokens
        end = start
        while end < min(j, start + 20) and toks[end].text not in (",", ";", ":", "\u2014", "(") and (
                end == start or unbroken(self.text, toks[end - 1].end, toks[end].start)):
            end += 1
        if end == start or end == start + 20 or not toks[start].text[0].isalnum():
            return None  # nothing, or no end in sight: not cut short
        head = toks[end - 1]
        named = next(k for k in range(end - 1, start - 1, -1) if k == start or not toks[k - 1].capitalized)
        if start < named and toks[named].capitalized and is_organization_word(toks[named - 1].word) \
                and not any(t.word in _PREPOSITIONS for t in toks[start:named]):
            # ("state broadcaster NTV", "research firm Gartner": the name after what it is)
            return Mention(toks[named].start, head.end, "organization", self.text[toks[named].start : head.end],
                           head.word)
        kind = "organization" if toks[start].capitalized or toks[start].word in ("the", "a") and head.capitalized \
            else "anonymous" if is_people_plural(head.text, any_agent_in_lower_case=True) and not any(
                is_document_word(t.word) for t in toks[start:end]) else "document"  # ("data released by regulators")
        return Mention(toks[start].start, head.end, kind, self.text[toks[start].start : head.end], head.word,
                       plural=kind == "anonymous")

    def _outer_speaker(self, pronoun: Mention, i: int) -> Attribution | None:
        """'The longtime senator said he rarely asks ...': a pronoun that opens what someone said
        stands for that someone, whom the outer cue names better."""
        if pronoun.head not in ("he", "she", "they"):
            return None
        p = self.index_at(pronoun.start) - 1
        if p > i and self.tokens[p].word == "that":
            p -= 1
            # "he told the Valley Courier’s “Morning Edition” that he agrees ...": whom he told stands between.
            told = next((q for q in range(p, max(i, p - 8), -1) if self.tokens[q].word in ("told", "tells", "tell")),
                        None)
            p = told if told is not None else p
        if p <= i or not is_cue(self.tokens[p].word) or self.tokens[p].word.endswith("ing"):
            return None
        outer = mention_before(self.text, self.tokens, p - 1)
        if outer is None or outer.start < self.tokens[i].start:
            return None
        if outer.kind == "pronoun" and outer.head != pronoun.head:
            return None  # ("He said he ...": the outer he, the one said to speak)
        return Attribution(self._publisher(outer, i), (self.tokens[p].start, self.tokens[p].end))

    def _joined(self, last: Mention, lo: int) -> Mention:
        """'The CDC and the WHO have said', 'posts and videos claim': two organizations, or two
        documents, joined by 'and' speak together."""
        p = self.index_at(last.start) - 1
        if p >= 0 and self.tokens[p].word == "the":
            p -= 1
        if p < 1 or self.tokens[p].word != "and":
            return last
        first = mention_before(self.text, self.tokens, p - 1)
        if first is None or first.kind != last.kind or first.start < lo:
            return last
        return Mention(first.start, last.end, last.kind, self.text[first.start : last.end], last.head, True)

    def _named_together(self, last: Mention, lo: int) -> Mention:
        """'Quist and Lee said', 'Ada Quist, the mayor, and Tim Lee said', 'Quist, Lee and Vance said': people
        named together as the clause's subject speak together (not "met Quist and Lee said": an object)."""
        toks, text = self.tokens, self.text
        if not _person_phrase(last):
            return last
        p = self.index_at(last.start) - 1
        if p >= 1 and toks[p].text == ",":  # "and the harbor chief, Tim Lee": the name's description first
            q = next((q for q in range(p - 1, max(0, p - ROLE_BEFORE_NAME), -1) if not toks[q].text.isalnum()
                      or toks[q].word == "and"), 0)
            p = q if toks[q].word == "and" and toks[q + 1].word in DETERMINERS | POSSESSIVES else p
        if p < 1 or toks[p].word != "and" or not unbroken(text, toks[p].start, last.start):
            return last
        business = self._name_with_and(last, p)
        if business is not None:
            return business
        parts = [last]
        k = p - 1
        while len(parts) < NAMED_TOGETHER:
            found = mention_before(text, toks, k)
            # (Not a description whose preposition "and" goes on with: "aides to Christie, ..., and Kasich".)
            # (A list's earlier items, after a comma, are names: not "On the Democratic side, Clinton and ...".)
            joins = found is not None and (found.kind == "name" or len(parts) == 1 and (
                _person_phrase(found) and not _OF_WHOM.search(text, found.start, found.end)
                or found.kind == "pronoun" and found.head in ("he", "she")))
            if not joins or found.start < lo or not unbroken(text, found.end, last.start) \
                    or self._nobody_known(found):  # (people the text names: not "vegetarian, Keto, and Whole30")
                break
            aside = toks[self.index_at(found.end) : k + 1]  # (", the mayor," after the name: a description)
            if len(aside) > ROLE_BEFORE_NAME or any(t.word in FINITE for t in aside):
                break  # ("Rubio, Republican of Florida, has talked about ..., and Clinton": two clauses)
            parts.insert(0, found)
            k = self.index_at(found.start) - 1
            if k < 1 or toks[k].text != ",":
                break
            k -= 1  # ("Quist, Lee and Vance": a list, a name after each comma)
        first = opening = self.index_at(parts[0].start)
        # (What the names share before them is no verb: "Council members Holly Ek and Pete Olsson said".)
        while first > 0 and opening - first < ROLE_BEFORE_NAME and toks[first - 1].start >= lo \
                and (is_anonymous_noun(toks[first - 1].word) or is_title(toks[first - 1].word.rstrip("."))
                     or is_organization_word(toks[first - 1].word)
                     or toks[first - 1].capitalized and toks[first - 1].word not in DETERMINERS):
            first -= 1
        before = toks[first - 1] if first > 0 and toks[first - 1].start >= lo else None
        if len(parts) < 2 or self._nobody_known(last) or before is not None and before.text.isalnum() \
                and before.word not in SUBORDINATORS | _CLAUSE_OPENERS \
                or all(part.kind not in ("name", "pronoun") and part.plural for part in parts):
            return last  # (of two groups, "many traders and some officials say", the second speaks, as PolNeAR has it)
        return Mention(parts[0].start, last.end, "name", text[parts[0].start : last.end], last.head, True, tuple(parts))

    def _name_with_and(self, last: Mention, p: int) -> Mention | None:
        """'Fenwick Power and Light said', 'Barnes and Noble said': a word of the language after "and" that
        no one the text names goes by, a name right before it that no given name opens: one business's
        name (not "Quist and Lee", two people)."""
        word = self.tokens[p + 1]
        if last.kind != "name" or last.start != word.start or last.end != word.end or not self._nobody_known(last) \
                or not is_dictionary_word(word.word) or word.word in given_names():
            return None
        first = mention_before(self.text, self.tokens, p - 1)
        if first is None or first.kind != "name" or self.text[first.end : last.start] != " and " \
                or self.text[first.start : first.end].split()[0].lower() in given_names():
            return None
        return Mention(first.start, last.end, "organization", self.text[first.start : last.end], last.head)

    def _which_antecedent(self, i: int, k: int) -> Mention | None:
        """'a request by The Washington Post, which argued that ...': "which" after a comma stands for
        the organization or document before the comma, as "who" does for a person."""
        w = k - 1
        while w > i and self.tokens[w].word in AUXILIARIES:
            w -= 1
        if w - 2 < i or self.tokens[w].word != "which" or self.tokens[w - 1].text != ",":
            return None
        found = mention_before(self.text, self.tokens, w - 2)
        if found is None or found.kind not in ("organization", "document"):
            return None
        which = self.tokens[w]  # the mention is the word itself; the name resolves it (names.py)
        return Mention(which.start, which.end, "pronoun", which.text, "which")

    def _describes_an_object(self, who: Mention) -> bool:
        """Whether "who" opens a clause about the object of a preposition ("for anyone who wants ...",
        "designed for users who want ..."): the phrase before it follows one."""
        w = self.index_at(who.start)
        for p in range(w - 1, max(-1, w - 5), -1):  # ("for German-speaking learners who", a few words back)
            word = self.tokens[p]
            if word.word in ("for", "to", "with", "among"):
                return p < w - 1
            if not word.text[0].isalnum():
                break
        return False

    def _conjoined_subject(self, i: int, k: int) -> Mention | None:
        """'Quist caucused in Fenwick on Saturday and says he voted ...': a cue after "and", "but" or ", then"
        shares the subject of the clause it is joined to."""
        p = k - 1
        while p > i and self.tokens[p].word in AUXILIARIES:
            p -= 1
        then = self.tokens[p].text == "," and self.tokens[p + 1].word == "then"  # "Clinton paused, then revealed"
        if p <= i or self.tokens[p].word not in ("and", "but") and not then:
            return None
        return self._subject(self.tokens[i].start, self.tokens[p].start, nearest=True)

    def _negated_from(self, k: int, i: int) -> int:
        """Where the cue at tokens[k] starts: at a negation right before it, so that what was said is
        never shown as said when it was not ("didn't say", "did not believe", "never said")."""
        toks = self.tokens
        m = k
        while m - 1 >= i and is_negation(toks[m - 1].word):
            m -= 1
        if m < k and m - 1 >= i and toks[m].word == "not" and toks[m - 1].word in AUXILIARIES:
            m -= 1  # "did not", "would not"
        return toks[m].start

    def _claim_noun(self, k: int, i: int, j: int, lo: int) -> Attribution | None:
        """'Ren has promoted the idea that ...', 'posts are spreading false claims that ...': a verb, a
        claim noun and 'that' (past a short aside between dashes) make a cue of the verb whatever it is;
        its subject is the speaker. 'Castellane's suggestion that ...', 'claims by officials in the
        government ...': the possessor, or who follows "by", makes the claim."""
        toks = self.tokens
        if k + 2 < j and toks[k + 1].word == "by":
            found = mention_after(self.text, toks[k + 2 : min(j, k + 32)], 0)
            return Attribution(found, (toks[k].start, toks[k].end)) if found and found.kind != "pronoun" else None
        if self._that_after(k, j) is None:
            return None
        det = k - 1
        while det > i and det > k - 4 and toks[det].text.islower() and toks[det].word not in DETERMINERS:
            det -= 1  # over adjectives: "the baseless idea"
        owner = toks[det]
        if owner.word.endswith(("'s", "\u2019s")) and not pronoun_kind(owner.word[:-2]):
            found = mention_before(self.text, toks, det)
            return Attribution(found, (toks[k].start, toks[k].end)) if found and found.start >= lo else None
        verb = det - 1
        if owner.word not in DETERMINERS:
            # A bare plural after its verb: "are spreading false claims that".
            verb = next((v for v in range(k - 1, max(i - 1, k - 3), -1)
                         if toks[v].text.islower() and toks[v].word.endswith(("ing", "ed"))), -1)
            if verb < 0 or not toks[k].word.endswith("s"):
                return None
        if verb < i or not toks[verb].text.islower() or toks[verb].word in FUNCTION_WORDS:
            return None  # 'InfoWars and the false idea that ...': no verb, no claim
        subject = mention_before(self.text, toks, verb - 1)
        if subject is None or subject.start < lo or subject.kind == "pronoun" and subject.head == "it":
            return None
        if subject.kind in ("organization", "document"):
            subject = self._joined(subject, lo)
        return Attribution(subject, (toks[verb].start, toks[verb].end))

    def _in_words_of(self, k: int, i: int, lo: int) -> Attribution | None:
        """'in Quist’s words, “...”', 'in the mayor's own words': the owner of the words speaks."""
        toks = self.tokens
        p = k - 1 if k - 1 > i and toks[k - 1].word != "own" else k - 2
        opener = next((m for m in range(p - 1, max(i - 1, p - 6), -1) if toks[m].word == "in"), None)
        owner = toks[p] if p >= i else None
        # ("Quist’s", or "Forbes’", its mark outside the token)
        cut = None if owner is None else 2 if owner.text.endswith(("'s", "\u2019s")) else (
            0 if self.text[owner.end : owner.end + 1] in ("'", "\u2019") else None)
        if opener is None or cut is None or not all(t.text[:1].isalnum() for t in toks[opener:p]):
            return None
        bare = Token(owner.text[: len(owner.text) - cut], owner.start, owner.end - cut,
                     owner.word[: len(owner.word) - cut], owner.capitalized)
        before = toks[max(i, p - 12) : p] + [bare]
        found = mention_before(self.text, before, len(before) - 1)
        if found is None or found.start < lo or found.end != bare.end or found.kind == "pronoun":
            return None
        return Attribution(found, (toks[opener].start, toks[k].end))

    def _that_after(self, k: int, j: int) -> int | None:
        """The index of the "that" right after tokens[k], or after a short aside between dashes."""
        toks = self.tokens
        for m in range(k + 1, min(j, k + 10)):
            if toks[m].word == "that":
                between = self.text[toks[k].end : toks[m].start].strip()
                return m if not between or between[0] in "-\u2014\u2013" and between[-1] in "-\u2014\u2013" else None
            if m == k + 1 and not self.text[toks[k].end : toks[m].start].strip():
                return None
        return None

    def _ends_clause(self, mention: Mention) -> bool:
        """'said Sen. Mark Warner.' / 'said Warner, who ...' / 'said Warner on Tuesday': the speaker
        ends what follows the cue; in 'now said Trump had ...' (a verb after the name) Trump starts
        what was said."""
        k = self.index_at(mention.end)
        if k >= len(self.tokens) or not unbroken(self.text, mention.end, self.tokens[k].start):
            return True
        nxt = self.tokens[k]
        if self.text[mention.start : mention.end].endswith(("'s", "\u2019s")) and nxt.text.islower() \
                and k + 1 < len(self.tokens) and unbroken(self.text, nxt.end, self.tokens[k + 1].start):
            nxt = self.tokens[k + 1]  # "said Fenwick's ferry was late": the name owns the noun, a verb follows
        return not (nxt.text.islower() and _verb_like(nxt))

    def _after_with(self, mention: Mention) -> bool:
        """'..., with Democrats saying': the phrase after "with" is the subject of the gerund that follows it (as
        after "and" going on with such a phrase: "with Democrats saying ... and Republicans saying ...")."""
        k = self.index_at(mention.start)
        k -= k > 1 and self.tokens[k - 1].word in ARTICLES  # ("with the Democrats saying")
        if k > 0 and self.tokens[k - 1].word == "and":
            back = range(k - 2, max(-1, k - 2 - WITH_REACH), -1)
            k = next((i + 1 for i in back if self.tokens[i].word == "with" or self.tokens[i].text in ".;"), k)
        return k > 0 and self.tokens[k - 1].word == "with"

    def _after_preposition(self, mention: Mention) -> bool:
        k = self.index_at(mention.start)
        return k > 0 and self.tokens[k - 1].word in GOVERNING

    def _phrasal_cue(self, k: int, j: int) -> bool:
        """'“Oskar wants to look tough,” Brandt shot back.', '“...?” Trump went on,' (going on with
        nothing after it is speaking)."""
        toks = self.tokens
        if k + 1 >= j or toks[k + 1].word not in self.phrasal.get(toks[k].word, ()):
            return False
        if toks[k].word not in GO:
            return True
        return k + 2 >= j or not toks[k + 2].text[0].isalnum() or not unbroken(self.text, toks[k + 1].end,
                                                                               toks[k + 2].start)

    def _opens_with_as(self, i: int, k: int) -> bool:
        """Whether the words from tokens[i] to the cue at k are "As" and adverbs ("As first reported")."""
        return k > i and self.tokens[i].word == "as" and all(map(_between_subject_and_verb, self.tokens[i + 1 : k]))

    def _passive(self, k: int) -> bool:
        """'The plan was praised by Ana Ruiz', 'Trump is expected to speak', 'Priebus was said to be
        furious': the subject is not the source, so the cue is none (a later one may still be)."""
        cue = self.tokens[k].word
        if self.tokens[k].start < self.headline_end and cue.endswith("ed") and k + 1 < len(self.tokens) \
                and self.tokens[k + 1].word in _HEADLINE_AGENT_PREPOSITIONS \
                and not _WORDS_FOLLOW.search(self.text, self.tokens[k].end, self.headline_end):
            return True  # "Fenwick man charged in warehouse fire": a headline leaves out the "was"
        before = k - 1
        while before > 0 and _between_subject_and_verb(self.tokens[before]) and self.tokens[before].word not in _BE:
            before -= 1  # "The plan was first reported by Politico", "is widely expected to"
        return (before >= 0 and self.tokens[before].word in _BE and cue not in words("stance_adjectives")
                and (cue.endswith("ed") or cue in PARTICIPLES or cue in irregular_past()))  # ("was found dead")

    def _cue_in_place(self, k: int) -> bool:
        """A capitalized cue right after a capitalized word is part of a name ('the United States
        pose', 'The Associated Press warns'), unless the text is a title-case headline ('Trump Says
        His Plan ...'); elsewhere it is a verb ('Quist, the head of the board, Tweeted'). After a
        possessive it is a noun ('calling Brandt’s charge “silly”'), though 'Trump's said' is 'has said'
        and 'He’s claiming' 'is claiming'."""
        cue = self.tokens[k].word
        after = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if k >= 2 and self.tokens[k - 1].word == "to" and self.tokens[k - 2].word in REFUSING:
            return False  # "declined to say how long ...": the refusal is the cue ("declined"), not the saying
        if _SEEKING_COMMENT.match(self.text, self.tokens[k].start):
            return False  # "did not respond to a message seeking comment": the reporter's request, nothing said
        if after is not None and (cue == "thanks" and after.word == "to" or self.tokens[k].capitalized
                                  and self.text.startswith(":", after.end) and after.word in words("labels")):
            return False  # "thanks to the efforts of": a preposition; "Read More: ...": a label
        if cue.endswith("ing") and self._gerund_noun(k):
            return False  # "the basics of event planning,", "tax reporting and payroll": an activity, no one's words
        if cue in words("object_cues") and not self._gives_speech(k):
            return False  # "TurboTax offers year-round support": it gives no words
        if after is not None and after.text == ":" and k > 0 and is_label(self.tokens[k - 1].text) \
                and (k == 1 or not unbroken(self.text, self.tokens[k - 2].end, self.tokens[k - 1].start)):
            return False  # "Side note: ...": the outlet's label opening its line, no one's report
        if self.tokens[k].capitalized and cue in _speech_lemmas() and (
                k == 0 or not unbroken(self.text, self.tokens[k - 1].end, self.tokens[k].start)):
            return False  # "Read the full guide for more.", "Plan ahead.": a verb's base form opening a sentence bids
        side = cue in _side_words() and self.side_taken(
            (self.tokens[k].start, self.tokens[k].end)) is not None
        if cue in _side_only_words() and not side:
            return False  # "backed by investors": no side taken
        if cue in words("clause_cues") and not self._opens_what_was_said(k) and not side:
            return False  # "the board will charge $5 for parking": no words of anyone's follow
        if k > 0 and cue in _speech_lemmas() and after is not None and after.text == "," \
                and k + 2 < len(self.tokens) and ANY_VERB.fullmatch(self.tokens[k + 2].word) \
                and self._after_a_noun(k, after_preposition=True):
            return False  # "Tim Lee, the host of the harbor show, suggested ...": a noun closing the aside
        if k > 0 and cue in _stance_lemmas() and self._after_a_noun(k):
            return False  # "24/7 customer support", "a business plan": a noun, its first part the word before
        if after is not None and after.word in FINITE and not (cue.endswith("ed") or cue in PARTICIPLES) \
                and cue not in ("say", "says") and not (k > 0 and pronoun_kind(self.tokens[k - 1].word)):
            # (a verb after all: "the economy that he says is rigged", "which Democrats say could be")
            return False  # a noun, subject of the verb after it: "Rust Belt states have suffered", "His support gives"
        if after is not None and after.word in pairs_of_compounds().get(cue, ()):
            return False  # "a progressive think tank", "a talk show host"
        if after is not None and after.word in REFLEXIVES and cue in words("not_cues_before_reflexives"):
            return False  # "found itself at the center of ...": where, not what was found
        if cue in words("mostly_nouns") and not (k > 0 and pronoun_kind(self.tokens[k - 1].word)) and not (
                after is None or after.word in ("that", "in", "out") or not after.text[:1].isalnum()):
            return False  # "most state parties", "state Sen. Ada Quist": a noun, unless it says "that ..."
        if k == 0:
            return True
        before = self.tokens[k - 1]
        if cue in pairs_of_compounds().get(before.word, ()) or cue.endswith("s") and (
                before.word in words("number_words") or before.text.isdigit() and not is_year(before.text)):
            return False  # "the so called ...", a noun in the plural: "The two states hold primaries", "3 reports"
        owner = before.word[:-2]
        # (A plural between them is the verb's subject: "the Saudis state in the white paper".)
        plural = before.word.endswith("s") and not before.word.endswith(("ss", "us", "sis", "news")) \
            and before.word not in ("this", "his", "its", "is", "was", "has")
        if before.word in ("a", "an", "the") or k >= 2 and self.tokens[k - 2].word in _NOUN_MARKERS \
                and cue in words("cue_nouns") and not plural:
            return False  # "in a written statement", "in a Facebook post", "a swing state", "its decrepit state"
        if cue in words("cue_nouns") and self._after_named_run(k, plural) and not (after and after.word == "that"):
            # "A United Nations report released last week found": a name as its modifier (but "a New York
            # Times report that ..." reports what the paper did)
            return False
        if cue in _speech_lemmas() and self._after_indefinite_article(k):
            return False  # "a global beauty brand", "As a general rule": a noun (no verb's base form follows "a ...")
        if before.word == "worth" or before.word == "to" and k >= 2 and self.tokens[k - 2].word in _WRITERS_ASIDE:
            return False  # "It's worth noting that ...", "it is important to note": the writer's aside
        if before.word in _PREPOSITIONS and before.text.islower() and not cue.endswith("ing") \
                and not (k >= 2 and self._stranded(k - 1)):
            # "the former secretary of state mocked", "the complex filled with chants"; not "accused him
            # of saying" (a verb after a preposition is a gerund), nor "the captains I have spoken with said"
            return False
        # ("close to her say": after a preposition "her" is no possessive)
        object_her = before.word == "her" and k >= 2 and self.tokens[k - 2].word in PREPOSITIONS
        # ("the candidates' plans": a plural's possessive, its mark no part of any token)
        plural_owner = before.text.endswith("s") and self.text[before.end : before.end + 2] in ("' ", "\u2019 ")
        if (before.word in POSSESSIVES and not object_her or (before.word.endswith(("'s", "\u2019s")) or plural_owner)
                and not pronoun_kind(owner) and not (cue.endswith(("ed", "ing")) or cue in PARTICIPLES)):
            # A noun, but still a cue when what was said follows: "Trump’s claim that ..." (not "He’s
            # claiming", "Trump's said").
            return k + 1 < len(self.tokens) and self.tokens[k + 1].word == "that"
        if not self.tokens[k].capitalized:
            return True
        prev, nxt = self.tokens[k - 1], self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        in_name = prev.capitalized and prev.text[0].isalpha() and not self.text[prev.end : self.tokens[k].start].strip()
        # ("White House Press Secretary Jen Psaki": a title after it keeps it inside a name; so do
        # lowercase words after the next: "Mindfulness-Based Stress Reduction, or MBSR, the technique".)
        title_case = (nxt is not None and nxt.capitalized and not is_title(nxt.word)
                      and unbroken(self.text, self.tokens[k].end, nxt.start) and self._title_case_after(k + 2))
        # ("agents who sell only State Farm products": one opening a name right after a word in lower case,
        # not a headline's "to" or "of": "Mayor to Tell Council ...".)
        if prev.text.isalpha() and prev.text.islower() and len(prev.text) > 3 and nxt is not None \
                and nxt.capitalized and nxt.text[0].isalpha() and unbroken(self.text, prev.end, self.tokens[k].start) \
                and unbroken(self.text, self.tokens[k].end, nxt.start):
            return False
        return not in_name or title_case

    def _stranded(self, p: int) -> bool:
        """The preposition at p ends a clause of a subject pronoun and its verb ("people I have spoken with")."""
        verb = self.tokens[p - 1].word
        if not (verb.endswith(("ed", "en")) or verb in irregular_past()):
            return False
        subject = self.tokens[p - 2].word if p >= 2 else ""
        subject = self.tokens[p - 3].word if subject in ("have", "had") and p >= 3 else subject
        return subject_pronoun(subject)

    def _before_dashed_aside(self, i: int, k: int) -> int:
        """The token before an aside set off by dashes that ends right before tokens[k] (the cue), or
        the token right before the cue when no such aside is there."""
        toks, text = self.tokens, self.text
        if k - 1 < i or not _ASIDE_DASH.fullmatch(text, toks[k - 1].end, toks[k].start):
            return k - 1
        for m in range(k - 1, max(i, k - ASIDE_WORDS * 2), -1):
            if _ASIDE_DASH.fullmatch(text, toks[m - 1].end, toks[m].start):
                return m - 1
        return k - 1

    def _aside_before_cue(self, k: int, j: int) -> bool:
        """Whether the clause from tokens[k] names only an object (no verb of its own) and closes with a
        comma and a verb of speech right after it (", who wrote the ordinance, said"), in a few words."""
        toks = self.tokens
        for m in range(k + 1, min(j - 1, k + ASIDE_WORDS)):
            if not unbroken(self.text, toks[m - 1].end, toks[m].start) or ANY_VERB.fullmatch(toks[m].word):
                return False  # (a verb in it: the aside reports a clause of its own, "who said the vote was wrong")
            if toks[m].text == ",":
                return is_cue(toks[m + 1].word)
        return False

    def _after_named_run(self, k: int, plural: bool) -> bool:
        """Whether capitalized words, after an article or an owner, stand right before the token at k ("a
        Harbor Institute report", "his Fenwick Courier post"): the token is the noun they modify. (After
        "the" a plural may be the subject instead: "The Smiths report that ...", not after "a": "a United
        Nations report".)"""
        tokens, i = self.tokens, k - 1
        # (back over a name's words, not over "A" opening the sentence nor a sentence's end)
        while i >= 0 and k - i <= NAMED_RUN_WORDS and tokens[i].capitalized and tokens[i].word not in _NOUN_MARKERS \
                and unbroken(self.text, tokens[i].end, tokens[i + 1].start):
            i -= 1
        return 0 <= i < k - 1 and tokens[i].word in _NOUN_MARKERS and unbroken(self.text, tokens[i].end,
                                                                               tokens[i + 1].start) \
            and (not plural or tokens[i].word in ("a", "an"))

    def _after_indefinite_article(self, k: int) -> bool:
        """Whether "a" or "an" stands up to three words before tokens[k], only lowercase words between."""
        for j in range(k - 1, max(-1, k - 4), -1):
            token = self.tokens[j]
            if token.word in ("a", "an"):  # (not "a few mention", "a third say": people, in number)
                return j < k - 1 and token.text.islower() and self.tokens[j + 1].word not in _A_NUMBER_OF
            if not (token.text.isalpha() and token.text.islower()) or token.word in AUXILIARIES or not unbroken(
                    self.text, token.end, self.tokens[j + 1].start):
                return False  # (an auxiliary makes it a verb: "a heatmap may show that ...")
        return False

    def _after_a_noun(self, k: int, after_preposition: bool = False) -> bool:
        """Whether the word before tokens[k] is a lowercase singular noun it makes a compound with: not
        a word that stands before verbs (lexicons/before_base_verbs.txt), a plural, an adverb in -ly, nor
        (unless after_preposition) the end of a phrase after a preposition ("voters in each state want":
        the subject is before it)."""
        before = self.tokens[k - 1]
        if not after_preposition and any(t.word in _PREPOSITIONS for t in self.tokens[max(0, k - 3) : k - 1]):
            return False
        return before.text.isalpha() and before.text.islower() and not before.word.endswith(("s", "ly")) \
            and before.word not in words("before_base_verbs") and unbroken(self.text, before.end, self.tokens[k].start)

    def _gerund_noun(self, k: int) -> bool:
        """Whether the verb in -ing at tokens[k] closes a noun phrase after a noun or an adjective ("event
        planning,", "financial planning."), not after a word that stands before verbs
        (lexicons/before_gerunds.txt), a document that says ("a tweet saying, ...") nor before a
        quotation ("kept saying, “...”")."""
        if k == 0 or not _PHRASE_CLOSES.match(self.text, self.tokens[k].end):
            return False
        before = self.tokens[k - 1].word
        return before not in words("before_gerunds") and before not in FUNCTION_WORDS and pronoun_kind(before) is None \
            and not is_document_word(before) and self._after_a_noun(k, after_preposition=True)

    def _opens_what_was_said(self, k: int) -> bool:
        """Whether what follows tokens[k] opens a clause (a word of _CLAUSE_OPENERS, a pronoun that is no
        possessive), a quotation or a colon, or ends the cue's clause ("..., she adds.")."""
        after = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        if after is None or not after.text[0].isalnum() or not unbroken(self.text, self.tokens[k].end, after.start):
            return True
        return after.word in _CLAUSE_OPENERS or pronoun_kind(after.word) is not None and after.word not in POSSESSIVES

    def side_taken(self, cue: Span) -> Span | None:
        """Whom a verb of taking a side names right after it (lexicons/side_verbs.txt): "is backing
        Ada Quist", "endorsed former Mayor Tim Lee", "support her"; None when its object is a thing."""
        toks = self.tokens
        k = self.index_at(cue[1]) - 1
        particle = pairs("side_particles").get(toks[k].word) if k >= 0 else None
        if k < 0 or toks[k].word not in words("side_verbs") and particle is None or k + 1 >= len(toks):
            return None
        if toks[k].capitalized and toks[k].start >= self.headline_end:
            return None  # ("Support" in a table's row or a heading: a noun)
        if k > 0 and toks[k - 1].word in PREPOSITIONS:
            return None  # ("Thank you for supporting ...": a gerund, its subject not in the clause)
        if particle is not None:
            if toks[k + 1].word != particle or k + 2 >= len(toks):
                return None
            k += 1  # ("voted for Ada Quist": whom, after the particle)
        first = toks[k + 1]
        if not unbroken(self.text, toks[k].end, first.start):
            return None
        if first.word in _SIDE_PRONOUNS:
            end = first.end
        else:
            end = self._person_from(k + 1)
            if end is None:
                return None
        n = self.index_at(end)
        if n < len(toks) and unbroken(self.text, end, toks[n].start) and toks[n].text[0].isalnum() \
                and toks[n].word not in _AFTER_WHOM:
            return None  # ("supporting her work", "supported Quist's plan", "supporting American farmers")
        # The phrases that go on with whom ("Tim Lee for mayor", "Quist over Lee in the primary"), to
        # where the clause ends or another opens.
        while n < len(toks) and unbroken(self.text, end, toks[n].start) and toks[n].text[0].isalnum() \
                and toks[n].word not in _ENDS_WHOM:
            end = toks[n].end
            n += 1
        return first.start, end

    def _person_from(self, n: int) -> int | None:
        """Where the name of a person the text names ends, when it starts at tokens[n] or after a few
        capitalized words or a title before it ("former Fenwick Mayor Tim Lee")."""
        toks = self.tokens
        for m in range(n, min(n + SIDE_NAME_REACH, len(toks))):
            token = toks[m]
            person = self.person_at.get(token.start)
            if person is not None:
                return next((b for a, b in person.occurrences if a == token.start), None)
            if not (token.capitalized or token.word == "former" or is_title(token.word)):
                return None
        return None

    def _gives_speech(self, k: int) -> bool:
        """Whether the verb at k (lexicons/object_cues.txt) gives words: "offered to debate", "offered
        “my thoughts”", or an object of speech within a few words ("offered the crowd an emotional
        evaluation"; lexicons/speech_objects.txt)."""
        following = self.tokens[k + 1 : k + 1 + OBJECT_REACH]
        if following and (following[0].word == "to" or following[0].text in _QUOTE_MARKS + ("\u201d",)):
            return True
        for token in following:
            if token.word in words("speech_objects"):
                return True
            if not token.text[0].isalnum():
                return False
        return False

    def _title_case_after(self, k: int) -> bool:
        """Whether the words from tokens[k] on, to the sentence's end, are mostly capitalized (a
        headline's), or too few to tell."""
        following = [t for t in self.tokens[k : k + 3 * TITLE_CASE_WORDS] if t.text[0].isalpha()
                     and unbroken(self.text, self.tokens[k - 1].end, t.start)][:TITLE_CASE_WORDS]
        return len(following) < 2 or 2 * sum(t.capitalized for t in following) >= len(following)

    def _subject(self, lo: int, hi: int, nearest: bool = False) -> Mention | None:
        """The first speaker-like phrase that opens a clause between lo and hi (the last, nearest hi)."""
        i, j = self.index_at(lo), self.index_at(hi)
        opener = i + 1 if i < j and self.tokens[i].word in words("connectives") else i  # "But Sen. Kessler ..."
        for k in (range(j - 1, i - 1, -1) if nearest else range(i, j)):
            joined = k > i + 1 and self.tokens[k - 1].word in ("and", "but") and self.tokens[k - 2].text == ","
            if k > i and k != opener and self.tokens[k - 1].text not in (",", ";", "\u2014") and not joined:
                continue
            first = self.tokens[k]
            if first.word in SUBORDINATORS or first.word in ("who", "which", "that", "whom"):
                continue  # "When she appeared before the crowd late Monday, she declined ..."
            if first.text[0].isupper() and (first.word in OPENING_PREPOSITIONS or first.word in PREPOSITIONS and not (
                    k + 1 < j and self.tokens[k + 1].capitalized)):
                # "With Democratic leaders worried, ...", "From the report:": no name starts "With" (but "On
                # Thursday evening Ada Quist ...": the date, then who)
                continue
            # (A title in lowercase opens one before a name: "On Monday, chief executive Ada Quist apologized ...
            # and said"; not "Michael Petrilli, president of the institute, tied ...": its aside.)
            role_first = not (first.capitalized or first.word in DETERMINERS or pronoun_kind(first.word)
                              or first.text[0].isdigit() or first.word.endswith("s"))
            if role_first and not is_title(first.word):
                continue  # "the “miserable” state of the docks": a bare singular noun is no subject
            # "Tim Lee, a spokesman for the firm, declined ... but said": an aside after a name describes
            # it; the name speaks (read from the aside's end, below), not the description alone.
            named = mention_before(self.text, self.tokens, k - 2) if nearest and k > i + 1 \
                and first.word in DETERMINERS and self.tokens[k - 1].text == "," \
                and (self.tokens[k - 2].capitalized or self.tokens[k - 2].text == ")") else None  # (a name's end)
            describes_name = named is not None and named.kind == "name" and not self._after_preposition(named) \
                and (named.end == self.tokens[k - 2].end or self.tokens[k - 2].text == ")") \
                and not self._word_opening_a_sentence(named)  # ("Ada Quist (D), a ...", not "Kyiv. Later, his ...")
            # The phrase runs up to the next verb-like token: try each end in turn.
            for end in range(k, min(j, k + 8)):
                found = mention_before(self.text, self.tokens, end)
                if describes_name and found is not None and not (found.kind == "name" and found.start < first.start):
                    continue  # (only the name before the aside, read over it)
                if found is not None and found.kind == "name" and is_title(found.head):
                    continue  # "Former Secretary" of "Former Secretary of State Ada Quist": a title, the name to come
                if role_first and (found is None or found.kind != "name"):
                    continue
                if found is not None and found.kind == "role" and end + 1 < j \
                        and (self.tokens[end + 1].capitalized or is_title(self.tokens[end + 1].word)
                             or is_anonymous_noun(self.tokens[end + 1].word)):
                    continue  # ("chief" of "chief executive Ada Quist": the role goes on to the name)
                if found is not None and found.kind == "organization" and end + 1 < j \
                        and self._person_of_organization(found, end + 1):
                    continue  # "A state judge on Thursday halted": not "A state" and a verb
                # ("the Security Council issued": a capitalized name after its article)
                after_article = found is not None and found.kind in ("organization", "anonymous") \
                    and first.word == "the" and k + 1 < j and found.start == self.tokens[k + 1].start \
                    and not is_place_name(found.name)  # ("The Vermont senator": the state only says which)
                described = found is not None and found.kind == "name" and self._describes(k, found)
                if described:  # "Republican mayoral candidate Oskar Brandt issued ..."
                    found = Mention(first.start, found.end, "name", found.name, found.head)
                # "On Thursday evening Hillary Clinton delivered ...": when, then who (no comma between)
                dated = found is not None and found.kind == "name" and first.word in CIRCUMSTANCE_PREPOSITIONS \
                    and all(t.word in TIME_WORDS for t in self.tokens[k + 1 : self.index_at(found.start)])
                owned = found is not None and found.kind == "name" and self._owned_by_opening(k, found)
                if owned:  # "The Blaze's Matt Walsh provided ...": the possessive only says whose
                    found = Mention(first.start, found.end, "name", found.name, found.head)
                # A name and what is set beside it by commas, read from the aside's end: "Quist's son, Ivo,
                # said", "Mike Huckabee, the former Arkansas governor, proposed".
                aside = found is not None and found.kind == "name" and lo <= found.start < first.start \
                    and self.text[found.start : first.start].rstrip().endswith(",")
                if found and (found.start == first.start or after_article or dated or aside) \
                        and found.kind != "document":
                    nxt = self.tokens[end + 1] if end + 1 < j else None
                    if nxt is not None and nxt.text.islower() and found.kind == "name" and found.end == first.end:
                        # "Band member Flea shared ...", "Clinton aide Huma Abedin said": a description
                        # of the name that follows, not a name of its own.
                        described_later = self._described_name(k, end + 1, j)
                        if described_later is not None:
                            found, end = described_later
                            nxt = self.tokens[end + 1] if end + 1 < j else None
                    if nxt is not None and nxt.text == "," and k == i:
                        nxt = self._after_aside(end + 1, j)  # "Ines Lamar, the region's flood chief, reacted"
                    if nxt is not None and nxt.word == "of" and found.head in _COLLECTIVES:
                        # "A group of Fenwick fishermen sued ...": the whole phrase, up to its verb
                        found = self._collective_phrase(found, end + 2, j) or found
                    if nxt is not None and nxt.text.islower() and not self._capitalized_word(found) \
                            and not self._word_opening_a_sentence(found):
                        return found
        return None

    def _collective_phrase(self, group: Mention, first: int, j: int) -> Mention | None:
        """'A group of Fenwick fishermen' read on from 'A group' to the word before the clause's verb."""
        for end in range(first, min(j - 1, first + 4)):
            after = self.tokens[end + 1]
            if after.word in FINITE or after.text.islower() and ANY_VERB.fullmatch(after.word):
                found = mention_before(self.text, self.tokens, end)
                return found if found is not None and found.start == group.start else None
        return None

    def _owned_by_opening(self, k: int, name: Mention) -> bool:
        """Whether the words from tokens[k] to the name are an owner in the possessive ("The Blaze's")."""
        n = self.index_at(self.text.rfind(name.name, name.start, name.end))  # the name proper, after its owner
        owner = self.tokens[k:n]
        return bool(owner) and owner[-1].word.endswith(("'s", "\u2019s")) and len(owner) <= 4 \
            and all(t.capitalized or t.word == "the" for t in owner)

    def _described_name(self, k: int, lo: int, j: int) -> tuple[Mention, int] | None:
        """A name a word or two after tokens[k] that those words describe ("Band member Flea", "Clinton
        campaign spokesman Brian Fallon"), with the index of its last token."""
        described = None
        for end in range(lo, min(j, k + 6)):
            found = mention_before(self.text, self.tokens, end)
            n = self.index_at(found.start) if found is not None else 0
            if found is not None and found.kind == "name" and found.end == self.tokens[end].end and k + 1 < n <= k + 3 \
                    and all(t.text.isalpha() and t.text.islower() and not t.word.endswith("ed")
                            for t in self.tokens[k + 1 : n]) \
                    and (is_title(self.tokens[n - 1].word) or is_anonymous_noun(self.tokens[n - 1].word)):
                described = Mention(self.tokens[k].start, found.end, "name", found.name, found.head), end
            elif described is not None:
                break  # (the longest name: "Brian Fallon", not "Brian")
        return described

    def _describes(self, k: int, name: Mention) -> bool:
        """Whether tokens[k] up to the name are a few words describing it ("Republican mayoral
        candidate", "retired surgeon"): words and titles, no punctuation, at most five."""
        n = self.index_at(name.start)
        if self.tokens[k].word in GOVERNING or self.tokens[k].word in SUBORDINATORS or self.tokens[k].word == "with":
            return False  # "At a June Trump campaign event": a phrase of place or time, not who he is
        if any(t.word in SUBORDINATORS or t.word in _CLAUSE_OPENERS for t in self.tokens[k:n]):
            return False  # "Asked whether Reyes was ...": a clause about the name, not who it is
        if any(is_title(t.word) and t.capitalized and nxt.text.islower() and ANY_VERB.fullmatch(nxt.text)
               for t, nxt in zip(self.tokens[k:n], self.tokens[k + 1 : n], strict=False)):
            return False  # "Judge blocks Fenwick harbor plan": a headline's subject and its verb
        return k < n <= k + 5 and all(t.text.isalpha() and unbroken(self.text, t.end, self.tokens[m + 1].start)
                                      for m, t in enumerate(self.tokens[k:n], start=k)) \
            and any(is_title(t.word) or t.text.islower() or t.word in words("not_surnames")  # "Democrat"
                    for t in self.tokens[k:n])

    def _after_aside(self, comma: int, j: int) -> Token | None:
        """The token after the aside that opens at tokens[comma] (a comma) and closes at the next one."""
        for k in range(comma + 1, min(j, comma + ASIDE_TOKENS)):
            if self.tokens[k].text in ("\u201c", "\u201d", '"', ";"):
                return None
            if self.tokens[k].text == ",":
                return self.tokens[k + 1] if k + 1 < j else None
        return None

    def subject_before(self, lo: int, mark: int) -> Attribution | None:
        """The subject of the clause that a colon, dash or comma at `mark` ends, as the one who speaks
        after it (the mark stands as the cue)."""
        subject = self._subject(lo, mark)
        return Attribution(subject, (mark, mark + 1)) if subject else None

    def person_subject(self, lo: int, hi: int) -> Attribution | None:
        """'Will described the mayor as a “monument to ...”': quoted words in a sentence with no cue are
        those of its subject, when that is someone (a person the article names, or a description of one)."""
        found = self.subject_before(lo, hi)
        if found is None:
            return None
        mention = found.mention
        if self.text[mention.start : mention.end + 2].endswith(("'s", "\u2019s")) or self.text[
                mention.start : mention.end].endswith(("'s", "\u2019s")):
            return None  # "Trump's gloomy tone": the subject is his tone
        if mention.kind == "name" and self.people.find(mention.name, mention.start) is None:
            return None  # 'Worries about Okafor’s ...', 'Preceded at the lectern by ...'
        if mention.kind not in ("name", "anonymous", "role", "organization") and not (
                mention.kind == "pronoun" and mention.head in ("he", "she", "they")):
            return None
        return found

    def _word_opening_a_sentence(self, mention: Mention, cue: str = "") -> bool:
        """A one-word "name" below the headline that is a word capitalized to open its sentence; or, but
        before a verb of speech (where a surname that is a word as well stands: "Lee said"), a dictionary's
        word."""
        return mention.start >= self.headline_end and " " not in mention.name \
            and opens_sentence(self.text, mention.start) \
            and (self._capitalized_word(mention) or cue not in words("naming_cues") and self._dictionary_word(mention))

    def _nobody_known(self, mention: Mention) -> bool:
        """A "name" no one the text names goes by: what the two tests below may find no name at all."""
        return mention.kind == "name" and self.people.find(mention.name, mention.start) is None

    def _capitalized_word(self, mention: Mention) -> bool:
        """'Speaking at a town hall, ...', 'Hours later, ...': a word capitalized because it opens the
        sentence (a participle, or a word the text also writes in lowercase), not someone's name."""
        if not self._nobody_known(mention):
            return False
        first = self.text[mention.start : mention.end].split()[0].lower()
        if is_title(first):
            return False
        # (or a verb telling the reader to act: "Fill out the form below or email us ...")
        return first.endswith(("ing", "ally", "edly", "ously", "fully", "ively", "tily", "ably", "ibly", "ntly")) \
            or first in self.people.lowercase_words or first in words("opening_words") \
            or first in words("call_to_action_verbs")

    def _dictionary_word(self, mention: Mention) -> bool:
        """'- Tide tables: Tides can feel like a maze': a dictionary's word, no given name, that the text never
        capitalizes inside a sentence (as it does "Warner")."""
        if not self._nobody_known(mention):
            return False
        word = self.text[mention.start : mention.end].lower()  # (one word: "President Obama" is more)
        return is_dictionary_word(word) and word not in given_names() and word not in self.people.capitalized_inside

    def _speaker_right_after(self, lo: int, hi: int) -> tuple[Mention, int, int] | None:
        """A speaker phrase (a name, pronoun or description) that starts right at lo, with the index
        of the token after it and the index of hi."""
        i, j = self.index_at(lo), self.index_at(hi)
        found = mention_after(self.text, self.tokens[i : min(j, i + 10)], 0)
        if found is None or found.kind not in ("name", "pronoun", "anonymous", "role") \
                or found.start != self.tokens[i].start:
            return None
        k = self.index_at(found.end)
        return (found, k, j) if k < j else None

    def _after_parentheses(self, k: int, j: int) -> int:
        """The index after a short parenthesis opening at tokens[k] (a party and state, an age), or k."""
        if self.tokens[k].text != "(":
            return k
        close = next((m for m in range(k + 1, min(j, k + 8)) if self.tokens[m].text == ")"), None)
        return close + 1 if close is not None else k

    def _before_parentheses(self, start: int, end: int) -> int:
        """The end of tokens[start:end] without a parenthesis that closes it ("Ada Quist (D-Va.)")."""
        if end - 1 > start and self.tokens[end - 1].text == ")":
            opening = next((m for m in range(end - 2, max(start, end - 8) - 1, -1) if self.tokens[m].text == "("), None)
            return opening if opening is not None and opening > start else end
        return end

    def find_after_aside(self, lo: int, hi: int) -> Attribution | None:
        """'“... today?” Lowe, a retired nurse from the valley, said cheerfully': right after a
        quotation, a speaker, an aside between commas, and the cue (too far for the usual window)."""
        opening = self._speaker_right_after(lo, hi)
        if opening is None:
            return None
        found, k, j = opening
        k = self._after_parentheses(k, j)  # "Sen. Tim Kaine (D-Va.), Clinton's running mate, said"
        if k >= j or self.tokens[k].text != ",":
            return None
        cue = self._after_aside(k, j)
        if cue is None or not is_cue(cue.word) or not cue.text.islower():
            return None
        if found.kind != "name":  # "Scott's niece, state Sen. Ada Quist (D-Va.), told": she is named
            close = self.index_at(cue.start) - 1
            aside = classify_phrase(self.text, self.tokens[k + 1 : self._before_parentheses(k + 1, close)])
            found = aside if aside is not None and aside.kind == "name" else found
        return Attribution(found, (cue.start, cue.end))

    def find_unlisted_cue(self, lo: int, hi: int) -> Attribution | None:
        """'“People are afraid of wasting their votes,” he surmised.': right after a quotation that
        hands over with a comma, a speaker and then a verb in the past tense that no lexicon lists, or
        one in the present that ends the clause ('he muses.')."""
        opening = self._speaker_right_after(lo, hi)
        if opening is None:
            return None
        found, k, _ = opening
        verb = self.tokens[k]
        past = verb.word.endswith("ed") and len(verb.word) > 4
        # "..., he confesses.": a verb in the present with nothing after it, the clause ending there
        present = verb.word.endswith("s") and not verb.word.endswith(("ss", "us", "is", "'s", "\u2019s")) \
            and len(verb.word) > 4 and k + 1 < len(self.tokens) and self.tokens[k + 1].text in (".", ",", ";")
        if verb.text.islower() and (past or present):
            return Attribution(found, (verb.start, verb.end))
        return None

    def opening_name(self, lo: int, hi: int) -> Attribution | None:
        """'Valastro praised Christie’s leadership.': the person a sentence opens with, and its verb."""
        i, j = self.index_at(lo), self.index_at(hi)
        found = mention_after(self.text, self.tokens[i : min(j, i + 8)], 0)
        if found is None or found.kind != "name":
            return None
        k = self.index_at(found.end)
        if k >= len(self.tokens) or self.tokens[k].start >= hi or not self.tokens[k].text.islower():
            return None
        return Attribution(found, (self.tokens[k].start, self.tokens[k].end))

    def find_headline_speaker(self, lo: int, hi: int) -> Attribution | None:
        """'Vance: harbor chief acted as “judge and jury”' (a headline's way of reporting
        speech): a person the article names, an organization or a poll, then a colon opening the sentence."""
        i, j = self.index_at(lo), self.index_at(hi)
        colon = next((k for k in range(i + 1, min(j, i + 5)) if self.tokens[k].text == ":"), None)
        if colon is None or not all(self.tokens[k].capitalized for k in range(i, colon)):
            return None
        found = mention_before(self.text, self.tokens, colon - 1)
        if found is None or found.start != self.tokens[i].start \
                or self.text[found.start - 1 : found.start] in _QUOTE_MARKS:
            return None  # ("'Spinal Tap II: The End Continues'": a title in quotation marks)
        person = self.people.find(found.name, found.start) if found.kind == "name" else None
        # (Spelled as the article spells the person elsewhere: "Truth" is no misspelled "Trump".)
        known = person is not None and person.surname.lower() == found.name.split()[-1].lower()
        finding = found.kind == "document" and found.head in words("finding_words")  # "Poll: ..."
        if not (known or found.kind == "organization" or finding) or is_label(found.name) \
                or is_title_phrase(found.name):  # "CLARIFICATION:", "CEO: Ada Quist"
            return None  # "Truth:", "Update:", "Myth #3:": labels, not speakers
        return Attribution(found, (self.tokens[colon].start, self.tokens[colon].end))

    def find_naming_verb(self, lo: int, quote_start: int) -> Attribution | None:
        """'which the union rejected as “an insult ...”': quoted words right after "as" and a verb that
        names something so (lexicons/naming_verbs.txt) are that verb's subject's."""
        j = self.index_at(quote_start)
        toks = self.tokens
        if j < 2 or toks[j - 1].word != "as":
            return None
        verbs = words("naming_verbs")
        # The verb, and what it names between it and "as" ("dismissed it as", "praised the crew as").
        k = next((k for k in range(j - 2, max(self.index_at(lo) - 1, j - 2 - NAMED_WORDS), -1)
                  if toks[k].word in verbs or not toks[k].text[0].isalnum()), None)
        if k is None or toks[k].word not in verbs:
            return None
        found = mention_before(self.text, toks, k - 1)
        if found is None or found.start < lo:
            return None
        if any(is_cue(t.word) for t in toks[max(0, self.index_at(found.start) - 1) : k]):
            return None  # "critics who say he should condemn them as “...”": what the critics say
        return Attribution(found, (toks[k].start, toks[k].end))

    def find_colon_name(self, lo: int, quote_start: int) -> Attribution | None:
        """'Clinton: “Our goal is ...”': a name and a colon right before the quotation."""
        m = _NAME_COLON.search(self.text, lo, quote_start)
        if not m:
            return None
        found = mention_before(self.text, self.tokens, self.index_at(m.start(1)) - 1)
        if found is None or found.kind != "name" or is_label(found.name):
            return None  # ("Myth: “Going by ferry” saves money": the outlet's label)
        k = self.index_at(found.start)
        if k > 0 and self.tokens[k - 1].word in ("to", "in", "at", "on", "into"):
            return None  # 'She says to the voters: “...”', 'quoting da Vinci in Italian:': not a label
        return Attribution(found, (m.start(1), m.end(1)))

    def find_dash(self, lo: int, hi: int) -> Attribution | None:
        """'“...” ― Pamela Padilla': a name after a dash signs the quotation."""
        m = _DASH.match(self.text, lo, hi)
        if not m:
            return None
        k = self.index_at(m.end())
        described = self._signed_description(k, hi)
        if described is not None:
            return Attribution(described, (m.start(1), m.end(1)))
        found = mention_after(self.text, self.tokens[k : min(self.index_at(hi), k + 30)], 0)
        if found and found.kind == "name":
            return Attribution(found, (m.start(1), m.end(1)))
        return None

    def _signed_description(self, k: int, hi: int) -> Mention | None:
        """'-- Senior harbor engineer working on tidal defenses': one capitalized word,
        then lower case to the line's end, describes who signs; the capital only opens the line."""
        if k + 1 >= len(self.tokens) or self.tokens[k + 1].start >= hi or not self.tokens[k].capitalized:
            return None
        found, after = self.tokens[k], self.tokens[k + 1]
        if not after.text.isalpha() or not after.text.islower() or after.word in _PREPOSITIONS | {"and"}:
            return None  # ("Ada of Fenwick", "Ada and Tim": a name goes on)
        end = hi
        while end > found.start and not self.text[end - 1].isalnum():
            end -= 1
        if found.word in DETERMINERS or any(mark in self.text[found.start : end] for mark in ",.;:"):
            return None  # ("– A sailor himself, Vance was born ...": a sentence, not a signature)
        rest = [t for t in self.tokens[k + 2 : self.index_at(end)] if t.text[0].isalpha()]
        if any(a.capitalized and b.capitalized and _is_name_token(a) for a, b in zip(rest, rest[1:], strict=False)):
            return None  # "-- Former mayor Ada Quist": a name the description leads to
        words_before = re.split(r"\s+(?:at|in|of|for|on|with|from|who|that|working|specializing)\s+",
                                self.text[found.start : end], maxsplit=1)[0].split()
        return Mention(found.start, end, "anonymous", self.text[found.start : end], words_before[-1].lower())

    def label(self, start: int, end: int) -> Attribution:
        """A transcript's 'PENCE:' label as the speaker of what follows it."""
        word = self.text[start:end]
        person = self.people.find(word.title().split()[-1], start)
        mention = Mention(start, end, "name", word, word.lower())
        return Attribution(mention, (end, end + 1), person.name if person else word.title(), person)

    def signature(self, start: int, end: int, cue: Span) -> Attribution:
        """The author named below a post they wrote: a person's or an organization's name."""
        tokens = self.tokens[self.index_at(start) : self.index_at(end)]
        mention = classify_phrase(self.text, tokens) if tokens else None
        if mention is None or mention.kind not in ("name", "organization"):
            word = self.text[start:end]
            mention = Mention(start, end, "name", word, word.split()[-1].lower())
        return Attribution(mention, cue)

    def find_in_finding(self, lo: int, hi: int) -> tuple[Attribution, Span] | None:
        """'In the CBS poll, Trump's lead remained ...' / '... leads by 9 points in the RealClearPolitics
        average.': a poll, survey or study the sentence opens or ends with, after "in", reports the
        rest of it. The attribution and what it reports."""
        if not self.finding_offsets or not _first_between(self.finding_offsets, lo, hi):
            return None  # (most sentences name no poll)
        i, j = self.index_at(lo), self.index_at(hi)
        toks = self.tokens
        if j - i < 6:
            return None
        opening = i + 1 if toks[i].word in ("but", "and") else i
        for k in (opening, *range(j - 2, max(opening, j - 12), -1)):
            if toks[k].word != "in" or self.quoted_tokens[k]:
                continue
            found = mention_after(self.text, toks[k + 1 : min(j, k + 12)], 0)
            if found is None or found.kind != "document" or found.head not in words("finding_words"):
                continue
            rest = self.text[found.end : hi].strip(" .!?")
            if k == opening and rest.startswith(","):  # "In the CBS poll, CONTENT"
                return Attribution(found, (toks[k].start, toks[k].end)), (found.end + 1, hi)
            if k > opening and not rest:  # "CONTENT in a CNN national poll."
                return Attribution(found, (toks[k].start, toks[k].end)), (lo, toks[k].start)
        return None

    def find_according(self, lo: int, hi: int) -> Attribution | None:
        """'according to X' outranks any other cue in its sentence."""
        text = self.text
        k = text.find("ccording to", lo + 1, hi) - 1  # (found where it is, no lowercase copy of the text)
        if k >= lo and text[k] in "aA":
            return self.find_attribution(k, hi, window=2)
        # (or "per" as "according to": "..., per a person familiar with the decision.")
        k = text.find(", per ", lo, hi)
        k = k + 2 if k >= 0 else lo if text.startswith("Per ", lo) else -1
        if k < lo:
            return None
        per = self.index_at(k)
        found = self._per_source(per, self.index_at(lo), self.index_at(hi))
        return Attribution(found, (self.tokens[per].start, self.tokens[per].end)) if found else None

    def _publisher(self, mention: Mention, lo: int) -> Mention:
        """'his government released an update warning that ...': the organization, not the document."""
        if mention.kind != "document":
            return mention
        k = self.index_at(mention.start)
        while k - 1 >= lo and self.tokens[k - 1].word in ("a", "an", "the", "its", "his", "her", "their", "new"):
            k -= 1
        if k - 1 >= lo and self.tokens[k - 1].word in PUBLISHING_VERBS:
            publisher = mention_before(self.text, self.tokens, k - 2)
            if publisher and publisher.kind in ("organization", "name", "pronoun"):
                return publisher
        return mention

    def resolve(self, attribution: Attribution) -> Attribution:
        """Fill in who the speaker phrase stands for (names.py); for people named together, who each is."""
        parts = attribution.mention.parts
        if parts:
            attribution.members = [self.resolve(Attribution(part, attribution.cue)) for part in parts]
            people = [member.person for member in attribution.members if member.person is not None]
            if len(set(map(id, people))) < len(people):  # ("he and Brafman", the "he" read as Brafman: one)
                attribution.mention, attribution.members = parts[-1], []
                return self.resolve(attribution)
            attribution.person = attribution.members[0].person
            attribution.name = joined_names([member.name or self.text[member.mention.start : member.mention.end]
                                             for member in attribution.members])
            return attribution
        attribution.person, attribution.name = self.names.resolve(attribution.mention, attribution.cue[0])
        together = self.names.together.get(attribution.mention.start) if attribution.mention.plural else None
        if together:  # a "they" for people named together: each is who speaks
            attribution.members = [Attribution(attribution.mention, attribution.cue, person.name, person)
                                   for person in together]
            attribution.person = together[0]
        return attribution

    def rebind_to_unnamed(self, said: list[tuple[Span, Attribution]]) -> None:
        """A "he" or "she" that speaks in a sentence after one where an unnamed speaker of one spoke, no
        person of its gender named between them, is that speaker ("One mother ... said she had waited.
        “...,” she said." is the mother, not the doctor named before her). Not after a question: who
        answers it is someone else ("“Will the ferry run?” a fisherman asked. “...,” she said."). Read
        once every speaker is found: quotations are read before reports."""
        # (Introduced by "a", "an", "one": "the candidate", "the actress" name again someone named before.)
        unnamed = sorted(((a.mention.end, a) for span, a in said
                          if a.mention.kind == "anonymous" and not a.mention.plural and a.name
                          and is_anonymous_noun(a.mention.head)  # (a person: not "one news account")
                          and _introduces(self.text[a.mention.start : a.mention.end].split(None, 1)[0])
                          and not self._asks(span, a)), key=lambda u: u[0])
        if any(a.mention.kind == "pronoun" and pronoun_gender(a.mention.head) for _, a in said):
            unnamed = sorted(unnamed + self._possessed_subjects(), key=lambda u: u[0])
        if not unnamed:
            return
        ends = [end for end, _ in unnamed]
        pronouns = {a.mention.start for _, a in said if a.mention.kind == "pronoun"}  # (noted as who they stood for)
        for _, a in said:
            m = a.mention
            gender = pronoun_gender(m.head) if m.kind == "pronoun" else ""
            if not gender or a.person is None and a.name:
                continue  # (one that stands for nobody at all may stand for the unnamed speaker)
            k = bisect.bisect_right(ends, m.start) - 1
            while k >= 0 and m.start - ends[k] <= PRONOUN_REACH and noun_gender(unnamed[k][1].mention.head) \
                    not in ("", gender):
                k -= 1  # ("a spokesman" for a "she": the one before)
            if k < 0 or m.start - ends[k] > PRONOUN_REACH or unbroken(self.text, ends[k], m.start):
                continue
            named = [s for p in self.people.people if p.gender in ("", gender) for s, _ in p.occurrences]
            named += [off for off, p in self.people.timeline if p is a.person and off not in pronouns]
            if not any(ends[k] <= s < m.start for s in named):
                a.person, a.name = None, unnamed[k][1].name

    def rebind_members(self, said: list[tuple[Span, Attribution]]) -> None:
        """"one of them" that speaks for no group found is one of the unnamed group that spoke last before
        it, not long before ("Two nurses ... said staff had learned of the deal from the news. “Nobody told
        us anything,” one of them said."): one source, the group. Read once every speaker is found, since
        quotations are read before reports."""
        groups = sorted(((a.mention.start, a) for _, a in said if a.mention.kind == "anonymous" and a.mention.plural),
                        key=lambda group: group[0])
        if not groups:
            return
        starts = [start for start, _ in groups]
        for _, a in said:
            m = a.mention
            if m.kind != "anonymous" or a.name != self.text[m.start : m.end] or not names_a_member(a.name):
                continue
            k = bisect.bisect_left(starts, m.start) - 1
            while k >= 0 and m.start - starts[k] <= PRONOUN_REACH:
                group = groups[k][1]
                if group.name and not names_a_member(group.name) and member_of(m.head, group.mention.head):
                    a.name = group.name
                    break
                k -= 1

    def _possessed_subjects(self) -> list[tuple[int, Attribution]]:
        """Who opens a sentence as a name's kin or aide without speaking there ("Quist's mother, who came
        every day, wept as the verdict was read."): someone new, whom a "she" after it may stand for."""
        found = []
        for possessive in _POSSESSIVE_NAME.finditer(self.text):  # (a search in C, not a loop over every token)
            k = self.index_at(possessive.start())
            if k + 2 >= len(self.tokens):
                break
            owner, noun, after = self.tokens[k : k + 3]
            if owner.capitalized and owner.word.endswith(("'s", "\u2019s")) and is_anonymous_noun(noun.word) \
                    and not looks_plural(noun.word) and (after.word == "," or a_verb(after.word)) \
                    and opens_sentence(self.text, owner.start):
                mention = Mention(owner.start, noun.end, "anonymous", self.text[owner.start : noun.end], noun.word)
                found.append((noun.end, Attribution(mention, (noun.end, noun.end), mention.name)))
        return found

    def rebind_it_to_named(self, said: list[tuple[Span, Attribution]]) -> None:
        """An "it" that speaks for nobody found is the name that spoke last before it, when that name can be
        no person's: no given name opens it, no title or gender goes with it ("The Red Cross said ... “...,” it
        said"). Not past a person who spoke in between. Read once every speaker is found: quotations are read
        before reports."""
        spoke = sorted(((a.mention.start, a) for _, a in said), key=lambda item: item[0])
        for k, (start, a) in enumerate(spoke):
            if a.mention.kind != "pronoun" or a.mention.head != "it" or a.name:
                continue
            before = next((b for off, b in reversed(spoke[:k]) if off < start and b.mention.kind != "pronoun"), None)
            if before is None or before.mention.kind != "name" or start - before.mention.end > IT_REACH:
                continue
            person = before.person
            if person is None or person.titles or person.gender or person.name.split()[0].lower() in given_names():
                continue
            a.person, a.name = person, person.name

    def _asks(self, span: Span, attribution: Attribution) -> bool:
        """Whether what was said is a question: it ends with a question mark, or its cue asks."""
        words = self.text[span[0] : span[1]].rstrip("\u201d\"'\u2019 ")
        return words.endswith("?") or self.text[attribution.cue[0] : attribution.cue[1]].lower() in _ASKING
