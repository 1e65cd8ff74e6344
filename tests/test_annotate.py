from hypothesis import given, settings

from newsdigest.annotate import annotate_text
from newsdigest.models import Paragraph

from .strategies import text_pieces


def quotes_by_speaker(ann):
    return [(q.text, q.speaker.name if q.speaker else None) for q in ann.quotes if q.kind != "indirect"]


def test_seed_direct_quotes_each_have_the_right_speaker(seed_text):
    ann = annotate_text(seed_text)
    found = quotes_by_speaker(ann)
    expected = {
        "“Acording to the information": "Zelensky",
        "“They want to destroy Ukraine": "Zelensky",
        "“We have been making him aware": "Adam Schiff",
        "“We stand ready to assist him": "Adam Schiff",
        "“We’re not going to get into security": "Jen Psaki",
        "“We are all here.": "Zelensky",
        "“The U.S. has been very forward-leaning": "Mark Warner",
        "“President Zelensky has courageously": "Mark Warner",
        "“enemy reconnaissance and sabotage": "government",
    }
    for start, speaker in expected.items():
        match = [name for text, name in found if text.startswith(start)]
        assert match, f"quote {start!r} not found"
        assert speaker in (match[0] or ""), f"{start!r}: {match[0]!r}"


def test_seed_sources(seed_text):
    ann = annotate_text(seed_text)
    named = {s.name for s in ann.sources if s.named}
    assert {"Adam Schiff", "Jen Psaki", "Mark Warner"} <= named
    assert any("Zelensky" in n for n in named)
    assert len([s for s in ann.sources if s.kind == "anonymous"]) >= 6
    assert not any("Putin" in s.name for s in ann.sources)
    zelensky = [s for s in ann.sources if s.kind == "person" and "Zelensky" in s.name]
    assert len(zelensky) == 1, "Zelensky, Zelenskyy and Zelenksy are one person"
    senior = next(s for s in ann.sources if s.name == "a senior U.S. official")
    assert "not authorized" in senior.description
    # "White House Press Secretary Jen Psaki indicated ...": "Press" is part of her title, not a cue.
    assert next(s for s in ann.sources if s.name == "Jen Psaki").quote_count == 2
    # "they said", for "his aides" met before, is that group again, not a person.
    assert [s.kind for s in ann.sources if s.name == "his aides"] == ["anonymous"]


def test_spans_point_at_the_text(seed_text):
    ann = annotate_text(seed_text)
    for q in ann.quotes:
        assert seed_text[q.span[0]:q.span[1]] == q.text
        if q.speaker:
            assert seed_text[q.speaker.span[0]:q.speaker.span[1]] == q.speaker.mention
            assert q.speaker.source_id in {s.id for s in ann.sources}
    for c in ann.claims:
        assert seed_text[c.span[0]:c.span[1]].strip() == c.text
    assert 3 <= sum(c.key for c in ann.claims) <= 7


def test_speaker_after_and_before_the_quote():
    ann = annotate_text("“It will pass,” said Sen. Mark Kay, R-Ohio.\n\n"
                        "Later, Kay told reporters: “We have the votes.”")
    assert quotes_by_speaker(ann) == [("“It will pass,”", "Mark Kay"), ("“We have the votes.”", "Mark Kay")]


def test_pronoun_speaker_resolves_to_the_person_named_before():
    ann = annotate_text("Mayor Lisa Chen opened the session.\n\n“We are broke,” she said.")
    assert quotes_by_speaker(ann) == [("“We are broke,”", "Lisa Chen")]


def test_scare_quotes_are_not_quotes():
    ann = annotate_text("The so-called “experts” disagreed with the plan, and the show “The Big Game” aired late.")
    assert quotes_by_speaker(ann) == []
    # A title with the period American style puts inside the marks is a title still.
    ann = annotate_text("Carrey said he would star in a sequel to his film, “The Truman Show.”")
    assert [q.text for q in ann.quotes if q.kind != "indirect"] == []
    # A work named right before its title: the title is no speech, even in one word or lower case.
    ann = annotate_text("His campaign was the subject of the documentary “Weiner.” Lund wrote the column “what the "
                        "harbor owes us” in 2015.")
    assert [q.text for q in ann.quotes if q.kind != "indirect"] == []


def test_a_quotation_in_title_case_is_speech_when_it_opens_its_sentence_and_a_speaker_follows():
    # The first part of a split quotation may be a few capitalized words, like a title's.
    ann = annotate_text("Ada Quist ran for mayor of Fenwick.\n\n“As Mayor,” she said, “I will keep the ferry running.”")
    assert quotes_by_speaker(ann) == [("“As Mayor,”", "Ada Quist"), ("“I will keep the ferry running.”", "Ada Quist")]
    # A title inside a sentence, with a speaker after it, is the title of a show still.
    ann = annotate_text("Tim Lee runs the harbor.\n\nOn “Harbor Weekly,” Lee said the ferry would run all winter.")
    assert all(q.kind == "indirect" for q in ann.quotes)


def test_indirect_speech_with_according_to():
    text = "The bridge will close for two months next spring, according to a city official."
    ann = annotate_text(text)
    [quote] = ann.quotes
    assert quote.kind == "indirect" and quote.text.startswith("The bridge will close")
    assert quote.speaker.mention == "a city official"
    assert ann.sources[0].kind == "anonymous"


def test_checkworthiness_ranks_specific_factual_claims_above_chatter():
    from newsdigest.annotate.checkworthy import checkworthiness

    factual = "The state spent $40 million on the program in 2019, twice what it spent in 2015."
    chatter = ["Thank you all for coming tonight.", "What a wonderful day it is.", "I love this city."]
    assert checkworthiness(factual) > 0.5
    assert all(checkworthiness(s) < 0.5 for s in chatter)
    # A question asks what a statement asserts: it is less worth checking.
    assert checkworthiness("Did the city spend $4 million on new buses in 2019?") < \
        checkworthiness("The city spent $4 million on new buses in 2019.")


def test_checkworthiness_features_and_the_fast_path_agree():
    import math

    from newsdigest.annotate.checkworthy import _weights, checkworthiness, features

    bias, weights = _weights()
    for sentence in ("In 2019, Mayor Ana Ruiz said the city spent $4 million?", "Thank you all for coming.",
                     "Caf\u00e9 costs rose 4.5% \ud800 in 2020",  # a lone surrogate is hashed, not refused
                     "Two-thirds of the\tvoters\n  stayed home."):
        x = bias + sum(float(weights[b]) * v for b, v in features(sentence).items())
        assert abs(checkworthiness(sentence) - 1 / (1 + math.exp(-x))) < 1e-9


def test_a_number_in_words_is_a_number():
    from newsdigest.annotate.checkworthy import HAS_NUMBER, _buckets, features

    [number] = _buckets([HAS_NUMBER])
    assert number in features("There were 70 votes for the bill.")
    assert number in features("There were seventy votes for the bill.")
    assert number in features("Two-thirds of the voters stayed home.")
    assert number not in features("There were votes for the bill.")


def test_an_article_scored_at_once_scores_each_sentence_as_alone():
    # The sentences of an article are scored in one batch: no word pair may run across two of them.
    from newsdigest.annotate.checkworthy import checkworthiness, scored

    sentences = ["The city spent $4 million on buses in 2019.", "Thank you all for coming.", "",
                 "Prices rose 4.5% in 2020, officials said.", "\u2014", "Did the mayor lie?"]
    batch = scored(sentences)
    assert [round(p, 12) for p, _ in batch] == [round(checkworthiness(s), 12) for s in sentences]
    assert [words for _, words in batch][1] == [b"thank", b"you", b"all", b"for", b"coming"]
    assert scored([]) == []


def test_character_grams_are_the_four_bytes_within_each_word():
    from newsdigest.annotate.checkworthy import CHAR_BITS, WORD_BUCKETS, _char_grams

    def bucket(gram: bytes) -> int:
        return WORD_BUCKETS + ((int.from_bytes(gram, "little") * 0x9E3779B1) % 2**32 >> (32 - CHAR_BITS))

    # A tab and a run of spaces part words as one space does; a word of one letter has no window; a
    # letter of two bytes in UTF-8 is read as its bytes.
    buckets, owners, counts = _char_grams([s.lower().encode() for s in ("It  cost\t$750.", "", "A Caf\u00e9")])
    cafe = " caf\u00e9 ".encode("utf-8")
    expected = [b" it ", b" cos", b"cost", b"ost ", b" $75", b"$750", b"750.", b"50. "] + \
        [cafe[i:i + 4] for i in range(len(cafe) - 3)]
    assert buckets.tolist() == [bucket(g) for g in expected]
    assert owners.tolist() == [0] * 8 + [2] * 4 and counts.tolist() == [8, 0, 4]


def test_seed_key_claims_carry_their_claimants(seed_text):
    ann = annotate_text(seed_text)
    key = [c for c in ann.claims if c.key]
    offer = next(c for c in key if c.text.startswith("The U.S. government has offered"))
    assert offer.claimant and "officials" in offer.claimant.name
    hit_teams = next(c for c in key if "hit teams might already have infiltrated" in c.text)
    assert hit_teams.claimant.mention == "officials familiar with the information"
    lviv = next(c for c in ann.claims if "such as Lviv" in c.text)  # a claim, eighth by score: not key
    assert lviv.claimant.mention == "a Ukrainian official"
    assert any(c.text == "But so far, the president has refused to leave." for c in key)  # the lede's second claim
    assert all(len(c.text.split()) >= 4 for c in ann.claims)  # the page's "filed under:" is no claim


def test_fragments_and_labels_are_no_claims():
    # Each would score high on its words alone (the model never saw a sentence this short, and few
    # broken off at a dash were check-worthy).
    ann = annotate_text("Filed under:\n\nDeficit spending.\n\nThe council spent $40 million on new roads in "
                        "2019.\n\nBudget cuts, 2019.\n\nThe council voted 7 to 2 on these items:\n\n"
                        "The council spent twice its budget.\n\nThe council spent $40 million in 2019 on --\n\n"
                        "The state paid $9 million in 2020 for \u2014\n\n"
                        # (a reference standing alone; not a sentence in parentheses)
                        "Spending on roads doubled. (Quist and Lee, 2024)\n\n"
                        "(The state paid $9 million for the bridge in 2020.)\n\n"
                        # (a product's specifications; a note on the article itself)
                        "Works with: Android, iPhone | Range: 40 miles in 2025 | Price: $250 in 2026\n\n"
                        "This article was originally published in April 2020 and updated in April 2024.\n\n"
                        # (a table's row, its cells apart by tabs)
                        "Harbor Ferries Inc.\t$28.98 billion in 2024\t1,200 workers in Fenwick\n\n"
                        # (a word quoted with its attribution; not a sentence of words quoted)
                        "\u201cFinally,\u201d said season-ticket holder Jo Park, 54, at the 2024 final.\n\n"
                        "\u201cThe council spent $40 million on roads,\u201d Jo Park, 54, said.")
    assert [c.text for c in ann.claims] == ["The council spent $40 million on new roads in 2019.",
                                            "The council spent twice its budget.", "Spending on roads doubled.",
                                            "(The state paid $9 million for the bridge in 2020.)",
                                            "\u201cThe council spent $40 million on roads,\u201d Jo Park, 54, said."]


def test_a_caption_clipped_with_the_text_makes_no_claim():
    # Text copied from a page brings the photos' captions along; the credit standing alone at the
    # end tells one. A credit inside a sentence ("a Reuters/Ipsos poll") does not.
    ann = annotate_text("The council spent $40 million on new roads in 2019, twice what it spent in 2015.\n\n"
                        "Mayor Ada Quist speaks at a news conference on Friday in Denver. Associated Press/Jo Park\n\n"
                        "Workers repaved 120 miles of road in 2020. (AP Photo/Ivo Lund)\n\n"
                        "The city paid $3 million for the bridge in 2021, according to a Reuters/Ipsos poll.\n\n"
                        "Ivo Lund via Getty Images.")
    assert [c.text for c in ann.claims] == [
        "The council spent $40 million on new roads in 2019, twice what it spent in 2015.",
        "The city paid $3 million for the bridge in 2021, according to a Reuters/Ipsos poll."]


def test_a_nickname_inside_a_name_is_no_quote_and_the_name_is_one_person():
    text = ('Dwayne \u201cThe Rock\u201d Johnson said he would not run for office. '
            '\u201cThe nation is watching,\u201d said state Sen. Marcia "Cia" Price. '
            '\u201cWe have his back,\u201d Price added.')
    ann = annotate_text(text)
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("he would not run for office", "Dwayne Johnson"),
        ("\u201cThe nation is watching,\u201d", "Marcia Price"),
        ("\u201cWe have his back,\u201d", "Marcia Price")]
    # The mention is sliced from the text as it is written, nickname and all.
    assert ann.quotes[0].speaker.mention == "Dwayne \u201cThe Rock\u201d Johnson"


def test_a_long_description_after_the_quotation_still_names_its_speaker():
    # A party and state in parentheses, then an aside, before the cue (beyond the usual reach).
    for who, name in (("Sen. Marcia Price (D-Va.), the chair of the Senate panel on veterans,", "Marcia Price"),
                      ("The senator\u2019s niece, Ada Quist (D-Va.),", "Ada Quist"),
                      ("Scott\u2019s niece", "Scott\u2019s niece")):
        ann = annotate_text(f"\u201cWe will win this year!\u201d {who} told the crowd.")
        assert [(q.kind, q.speaker and q.speaker.name) for q in ann.quotes] == [("direct", name)], who


def test_a_gerund_clause_opening_the_sentence_is_its_subjects_speech():
    ann = annotate_text("Mayor Ada Quist spoke on Monday. After saying her budget was "
                        "\u201cbalanced to the cent,\u201d she cut $4 million from schools. "
                        "Since announcing in October that he would not run, "
                        "Mr. Lund has been a loyal ally.")
    assert [(q.kind, q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("indirect", "her budget was \u201cbalanced to the cent,\u201d", "she", "Ada Quist"),
        ("partial", "\u201cbalanced to the cent,\u201d", "she", "Ada Quist"),
        ("indirect", "he would not run", "Mr. Lund", "Lund")]
    # The month before "that" is no verb opening a clause of its own.
    ann = annotate_text("Ivo Lund said in May that the port would close in 2026.")
    assert [q.text for q in ann.quotes] == ["the port would close in 2026"]


def test_a_phrase_opened_by_a_preposition_is_no_speaker():
    ann = annotate_text("With Democratic leaders worried about turnout among young voters, President Obama is rolling "
                        "out a more personal message: \u201cIt\u2019s about me.\u201d")
    assert quotes_by_speaker(ann) == [("\u201cIt\u2019s about me.\u201d", "Obama")]


def test_reported_speech_in_an_opening_clause_ends_with_the_clause():
    ann = annotate_text("Though Ivo Lund said he opposed the bill, he voted for it on Monday. When Mayor Ada Quist "
                        "said the port would close, the workers walked out of the hall.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("he opposed the bill", "Ivo Lund"),
                                                              ("the port would close", "Ada Quist")]
    # "As X said, ...": what was said is the main clause.
    ann = annotate_text("As Mark Kay noted on Monday, the dredging will be paid for by the port.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("the dredging will be paid for by the port", "Mark Kay")]
    ann = annotate_text("As first reported by the Fenwick Times, the port spent $4 million, mostly on dredging. "
                        "The plan was first reported by the Times on Monday.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the port spent $4 million, mostly on dredging", "the Fenwick Times")]


def test_a_parenthesis_the_occasion_or_a_semicolon_closes_reported_speech():
    ann = annotate_text("Ivo Lund said the port spent $4 million on dredging (its own books show $2 million). "
                        "Ada Quist said she would back the Trans-Pacific Partnership (TPP). "
                        "Mark Kay said the harbor would close by 2026, in an interview with the Courier on Sunday. "
                        "Lund said the dredging would end in May; the vote on the port's budget is set for Monday. "
                        "To win, the mayor needs a third of the harbor vote, analysts say; in 2020, she won a fifth. "
                        "Ivo Lund said 40 percent of the dockers back the plan, compared with 30 percent in May.")
    assert [q.text for q in ann.quotes] == ["the port spent $4 million on dredging",
                                            "she would back the Trans-Pacific Partnership (TPP)",
                                            "the harbor would close by 2026", "the dredging would end in May",
                                            "To win, the mayor needs a third of the harbor vote",
                                            "40 percent of the dockers back the plan"]


def test_a_second_verb_of_stance_after_and_is_the_same_speakers_second_statement():
    ann = annotate_text("Ada Quist said she was tired of the harbor's decline and wanted a mayor who had not taken "
                        "money from the shipping firms.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("she was tired of the harbor's decline", "Ada Quist"),
        ("a mayor who had not taken money from the shipping firms", "Ada Quist")]


def test_forms_that_rarely_report_speech_are_no_cues():
    # "find", "offering", "showing", "expected", "opposed", "maintained": PolNeAR's annotators
    # marked under a quarter of what these forms introduced as someone's speech or stance.
    for text in ("Voters will find a long ballot with six measures on it.",
                 "The council is offering grants of four million dollars to the port.",
                 "Quist met the workers who showed up on Monday."):  # (and "show up" is no cue)
        assert annotate_text(text).quotes == [], text


def test_who_with_a_verb_of_speech_opens_what_its_antecedent_says():
    ann = annotate_text("Quist leads among harbor voters who say the dredging is most important. The plan is opposed "
                        "by shipping firms who say the port unfairly targets small firms.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("the dredging is most important", "who", "harbor voters"),
        ("the port unfairly targets small firms", "who", "shipping firms")]


def test_a_description_after_comma_and_opens_a_second_clause_with_its_own_speaker():
    ann = annotate_text("Most harbor voters said they were worried about the dredging, and 40 percent said the "
                        "port should close.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("they were worried about the dredging", "Most harbor voters"),
        ("the port should close", "40 percent")]


def test_according_to_set_off_by_commas_inside_the_sentence():
    ann = annotate_text("Fundraising, according to the campaign, has surged in the past three weeks. The port "
                        "spent $4 million on dredging, according to Ivo Lund, the harbor master, and more is planned.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Fundraising, according to the campaign, has surged in the past three weeks", "the campaign"),
        ("The port spent $4 million on dredging", "Ivo Lund")]


def test_it_stands_for_the_organization_the_text_last_named():
    ann = annotate_text("The Fenwick Port Authority on Friday condemned the strike and pledged new talks, as a "
                        "deterrence to what it called \u201ca clear threat to the harbor.\u201d")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes if q.kind != "indirect"] == [
        ("it", "Fenwick Port Authority")]


def test_a_claim_is_not_its_askers_nor_its_deniers():
    ann = annotate_text("A harbor viewer asked the council whether the port spent $4 million on dredging in 2020. "
                        "Mayor Ada Quist did not say the port would close in 2026. Ivo Lund said the port spent "
                        "$4 million on dredging in 2020.")
    assert [q.speaker.mention for q in ann.quotes] == ["A harbor viewer", "Mayor Ada Quist", "Ivo Lund"]
    assert [c.claimant.mention if c.claimant else None for c in ann.claims] == [None, None, "Ivo Lund"]


def test_claims_keep_their_hedges():
    from newsdigest.hedges import hedge_words

    ann = annotate_text("Officials said Russian hit teams might already have infiltrated Kyiv, reportedly with help "
                        "from local allies who are believed to have guns.")
    [claim] = ann.claims
    assert claim.hedges == ["might", "reportedly", "are believed to"]
    assert "might already have infiltrated" in claim.text
    assert hedge_words("Reportedly, the minister is believed to have resigned in May.") == [
        "reportedly", "is believed to"]  # "May" the month is no hedge
    # A poll's likely voters are a kind of voter: the finding is stated, not hedged.
    [claim] = annotate_text("Harbor news\n\nThe poll found that 47 percent of likely voters back Vance.").claims
    assert claim.hedges == []
    assert hedge_words("Vance is likely to win, and likely voters agree.") == ["likely"]
    # A comparison of two groups is a finding too; "more likely than not" hedges.
    for words in (None, [b"walkers", b"were", b"a", b"third", b"less", b"likely", b"to", b"fall"]):
        assert hedge_words("Walkers were a third less likely to fall.", words) == []
    assert hedge_words("It is more likely than not that the pier will close.") == ["more likely than not"]


def test_a_transcript_label_with_nothing_after_it_is_not_a_quote():
    # Found by bench/fuzz.py: the label's trailing whitespace ran into the next paragraph.
    text = "“PENCE:\n\nSomething else here."
    for q in annotate_text(text).quotes:
        assert q.span[0] < q.span[1] and text[q.span[0]:q.span[1]] == q.text
    turns = annotate_text('"PENCE: Well, look, Mark Cuban has been out there.\n\n"WALLACE: Do you see it?').quotes
    assert [q.speaker.name for q in turns] == ["Pence", "Wallace"]


def test_reported_speech_holding_a_partial_quote_is_reported_speech_too():
    text = "Zelensky said that “sabotage groups” had infiltrated Kyiv overnight."
    ann = annotate_text(text)
    kinds = {q.kind: q for q in ann.quotes}
    assert kinds["partial"].text == "“sabotage groups”"
    assert kinds["indirect"].text == "“sabotage groups” had infiltrated Kyiv overnight"
    assert kinds["indirect"].speaker.mention == kinds["partial"].speaker.mention == "Zelensky"
    direct = annotate_text("“We will stay,” Zelensky said on Friday.")
    assert [q.kind for q in direct.quotes] == ["direct"]


def test_a_speaker_described_by_trade():
    ann = annotate_text("“It was very nice,” the gambling tycoon told Reuters in Macau.")
    assert ann.quotes[0].speaker.mention == "the gambling tycoon"


def test_a_quotation_alone_in_its_paragraph_belongs_to_the_person_the_paragraph_before_opens_with():
    ann = annotate_text("Buddy Valastro praised the governor’s leadership after the storm.\n\n"
                        "“We need someone who’s going to bring people together.”")
    assert quotes_by_speaker(ann) == [("“We need someone who’s going to bring people together.”", "Buddy Valastro")]
    quoted_before = annotate_text("“We are ready,” said Ana Ruiz.\n\nTom Lee praised the plan.\n\n"
                                  "“It is the best plan we have seen in years.”")
    assert quotes_by_speaker(quoted_before)[-1][1] == "Tom Lee"


def test_thanking_someone_for_quoted_words_says_them():
    ann = annotate_text("Michael Moore thanked him for “stepping up and taking action when Congress won’t.”")
    assert quotes_by_speaker(ann) == [("“stepping up and taking action when Congress won’t.”", "Michael Moore")]


def test_a_name_does_not_run_across_a_sentence_break():
    ann = annotate_text("The senator met Obama. Trump said the meeting went well and that talks would go on.")
    [quote] = ann.quotes
    assert quote.speaker.mention == "Trump"


def test_a_list_items_marker_is_not_part_of_its_sentence():
    from newsdigest.annotate.text import paragraphs_of, split_sentences

    text = "The plan has two steps.\n\n1. Dredge the harbor before the spring floods.\n\n- Pay the divers. Then wait."
    assert [text[a:b] for a, b in split_sentences(text, paragraphs_of(text), [])] == [
        "The plan has two steps.", "Dredge the harbor before the spring floods.", "Pay the divers.", "Then wait."]


def test_a_dateline_is_the_storys_not_its_first_sentences():
    for text, speaker in [
        ("FENWICK (Reuters) - Harbor master Ivo Lund said the port would reopen on Monday.", "Ivo Lund"),
        ("PORTLAND, Maine - On Friday morning, Mayor Ada Quist said the ferry would run again.", "Mayor Ada Quist"),
        ("FENWICK -- Mayor Ada Quist, opening the new pier on Saturday, said it would serve the whole coast.",
         "Mayor Ada Quist"),
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # An organization's acronym before a dash aside is no dateline.
    from newsdigest.annotate.text import paragraphs_of, split_sentences

    text = "NATO - the alliance - said no."
    assert [text[a:b] for a, b in split_sentences(text, paragraphs_of(text), [])] == [text]


def test_an_abbreviation_ends_a_sentence_before_a_word_that_only_opens_one():
    from newsdigest.annotate.text import paragraphs_of, split_sentences

    text = "Lund said the ban would keep tankers out of the U.S. While the port objected, the U.S. Senate voted."
    assert [text[a:b] for a, b in split_sentences(text, paragraphs_of(text), [])] == [
        "Lund said the ban would keep tankers out of the U.S.", "While the port objected, the U.S. Senate voted."]
    assert [q.text for q in annotate_text(text).quotes] == ["the ban would keep tankers out of the U.S"]


def test_a_capitalized_cue_inside_a_name_is_not_a_cue():
    ann = annotate_text("The refugees Democrats want to bring to the United States pose such a risk that the "
                        "Founding Fathers would have written “shall not be infringed.”")
    assert all(q.speaker is None or q.speaker.mention != "United" for q in ann.quotes)
    press = annotate_text("A letter obtained by The Associated Press warns that “further communication will be "
                          "through our attorney.”")
    assert [q.cue.text for q in press.quotes if q.cue] == ["warns"]  # not "Press"
    # Capitalized words on both sides, in a sentence of lowercase words: a name, not a headline.
    ann = annotate_text("How it may help. Mindfulness-Based Stress Reduction, or MBSR, the technique taught in the "
                        "study, was developed more than 40 years ago.")
    assert not ann.quotes


def test_the_subject_of_a_gerund_cue_is_the_clause_subject_not_an_opening_participle():
    ann = annotate_text("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, "
                        "calling him “a total stiff.”")
    assert quotes_by_speaker(ann) == [("“a total stiff.”", "Trump")]
    # A word after an organization's name that makes it a person's description is the subject's, not a verb.
    for sentence, subject in (("A state judge on Thursday halted the dredging, ruling that the review was too short.",
                               "A state judge"),
                              ("Many harbor pilots on Monday joined the strike, saying that the tugs were unsafe.",
                               "Many harbor pilots")):
        [quote] = annotate_text(f"Harbor news\n\n{sentence}").quotes
        assert quote.speaker.mention == subject


def test_speakers_described_by_age_and_cue_words_that_are_not_verbs_here():
    ann = annotate_text("“Donald is an amazing leader,” said the 46-year-old.")
    assert ann.quotes[0].speaker.mention == "the 46-year-old"
    typo = annotate_text("“Not us, but we can’t argue with it,” Mike Murphy, the head of the PAC, Tweeted on Friday.")
    assert quotes_by_speaker(typo) == [("“Not us, but we can’t argue with it,”", "Mike Murphy")]
    # "state" is a noun unless a pronoun says it or "that", "in" or punctuation follows it.
    for text in ("Most state parties release their delegates early.", "Rust Belt states Ohio and Michigan voted early.",
                 "Ada Quist, a former state party chair, was at 3 percent."):
        assert annotate_text(text).quotes == [], text
    for text in ("The port authority has found itself at the center of the town's budget fight.",
                 "Ada Quist won most of the 20 pledged delegates on Tuesday."):
        assert annotate_text(text).quotes == [], text
    ann = annotate_text("The harbor must be dredged every year, the document states.")
    assert [q.speaker.mention for q in ann.quotes] == ["the document"]
    # A capitalized cue opening a name after a word in lower case is the name's ("State Farm").
    ann = annotate_text("The firm relies on exclusive, or “captive,” agents who sell only State Farm products.")
    assert ann.quotes == []


def test_that_after_a_cue_opens_what_was_said_not_a_speaker():
    ann = annotate_text("Quist says that he and his supporters have started a “quiet revolution” in Fenwick.")
    assert {q.speaker.mention for q in ann.quotes} == {"Quist"}


def test_reported_speech_after_an_opening_phrase_or_a_label():
    for text, speaker in [
        ("On Wednesday, the agency said the virus spreads quickly among older people.", "the agency"),
        ("Truth: WHO says travelers of every age should carry clean water on long trips.", "WHO"),
        ("The World Health Organization says travelers of every age should carry water.", "World Health Organization"),
        ("If Lund does not win the primary, he said he would back a rival.", "he"),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.kind == "indirect" and quote.speaker.mention == speaker, text
        assert not quote.text.startswith(("On", "Truth", "The", "If"))


def test_reported_speech_after_a_connective_a_modified_name_or_two_asides():
    for text, speaker, said in [
        ("But Brandt campaign chairman Ivo Kessler said the candidate’s message would reach every district.",
         "Ivo Kessler", "the candidate’s message would reach every district"),
        ("Tess Marlow, 21, a junior from Fenwick, said she turned out to support Ada Quist.",
         "Tess Marlow", "she turned out to support Ada Quist"),
        ("Kessler said earlier on Friday during a news briefing that he may wait until March.",
         "Kessler", "he may wait until March"),
        ("Quist told The Valley Courier newspaper of Fenwick on Saturday that he voted for Lund.",
         "Quist", "he voted for Lund"),
        ("In a call with analysts on Monday, Harbor Fund chief executive Ivo Lund said the port had followed "
         "the debate.", "Ivo Lund", "the port had followed the debate"),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.kind == "indirect" and speaker in quote.speaker.mention, text
        assert quote.text == said


def test_an_adverb_of_time_or_degree_between_speaker_and_cue():
    for text, speaker in [
        ("Harbor analysts had already forecast that the deficits would grow again.", "Harbor analysts"),
        ("Fenwick Sen. Ada Quist even suggested on the radio that she would look for another candidate.",
         "Fenwick Sen. Ada Quist"),
        ("The dock workers have long complained that the port does not heed them.", "The dock workers"),
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text


def test_a_cue_word_after_of_is_a_noun():
    [quote] = annotate_text("The former secretary of state mocked the mayor for calling himself a king.").quotes
    assert (quote.cue.text, quote.speaker.mention) == ("mocked", "The former secretary of state")


def test_a_negated_cue_is_reported_with_its_negation():
    for text, speaker, cue in [
        ("Most dock workers didn't believe the dredging would work.", "Most dock workers", "didn't believe"),
        ("The port spokesman wouldn\u2019t say when the dredging will resume.", "The port spokesman",
         "wouldn\u2019t say"),
        ("Ada Quist did not say the port would close in the spring.", "Ada Quist", "did not say"),
    ]:
        [quote] = annotate_text(text).quotes
        assert (quote.speaker.mention, quote.cue.text) == (speaker, cue), text


def test_advice_findings_and_surveys_are_attributed():
    for text, speaker in [
        ("The CDC advises people to wash their hands with soap and water for about 20 seconds.", "CDC"),
        ("Scientists have determined the fever came from ticks in the valley.", "Scientists"),
        ("Around a quarter of adults (23%) say the fever most likely came from the river.", "a quarter of adults"),
    ]:
        ann = annotate_text(text)
        assert [q.speaker.mention for q in ann.quotes if q.speaker] == [speaker], text
        assert all(c.claimant.mention == speaker for c in ann.claims if c.claimant), text


def test_an_unlisted_verb_right_after_a_quotation_that_hands_over():
    ann = annotate_text("Cal Pinto came to the rally.\n\n"
                        "“People are afraid of wasting their votes,” he surmised.")
    assert quotes_by_speaker(ann) == [("“People are afraid of wasting their votes,”", "Cal Pinto")]
    closed = annotate_text("“People are afraid of wasting their votes.” He walked away, smiling.")
    assert closed.quotes[0].speaker is None  # a quotation closed by its period hands over nothing


def test_quoted_words_inside_a_sentence_belong_to_the_cue_before_them():
    ann = annotate_text("Both men issued a statement, Ivo Kessler saying he was “very pleased” and Ada Quist "
                        "calling it a “useful meeting.”")
    assert quotes_by_speaker(ann) == [("“very pleased”", "Ivo Kessler"), ("“useful meeting.”", "Ada Quist")]


def test_a_name_after_a_cue_that_goes_on_with_a_verb_is_what_was_said():
    ann = annotate_text("Nils Harrow backed Ivo Kessler, but now said Brandt had “the chance and the "
                        "duty to bring us together.”")
    assert all(q.speaker is None or q.speaker.name != "Brandt" for q in ann.quotes)
    inverted = annotate_text("“We will win,” said Sen. Ada Quist on Tuesday.")
    assert quotes_by_speaker(inverted) == [("“We will win,”", "Ada Quist")]


def test_a_speaker_phrase_does_not_run_into_quotation_marks():
    from newsdigest.annotate.mentions import mention_after
    from newsdigest.annotate.tokens import tokenize

    text = "said his “people” would look into it"
    assert mention_after(text, tokenize(text)[1:], 0) is None
    text = "said his aides on Tuesday"
    assert mention_after(text, tokenize(text)[1:], 0).name == "his aides"


def test_a_quotation_signed_in_the_next_paragraph_and_a_cue_after_went_on_to():
    signed = annotate_text("“Parents are worried about the future of their kids.”\n\n- Rita Vance.")
    assert quotes_by_speaker(signed) == [("“Parents are worried about the future of their kids.”", "Rita Vance")]
    email = annotate_text("The memo went on to say, “Today, because the dredging worked, the boats stay in port.”")
    assert email.quotes[0].speaker.mention == "The memo"


def test_text_flattened_without_line_breaks_keeps_its_paragraphs_by_wide_spaces():
    from newsdigest.annotate.text import paragraphs_of

    text = "Should pets be tested?    A dog wearing a mask   Last Thursday, a cat tested positive.  It was ill."
    assert [text[p.start : p.end] for p in paragraphs_of(text)] == [
        "Should pets be tested?", "A dog wearing a mask", "Last Thursday, a cat tested positive.  It was ill."]
    # Two spaces end a block that has no closing mark (a heading), not a word before a link's text.
    text = "Adverse Events  Most were mild, as the  New England Journal reported."
    assert [text[p.start : p.end] for p in paragraphs_of(text)] == [
        "Adverse Events", "Most were mild, as the  New England Journal reported."]


def test_a_long_aside_between_speaker_and_cue_and_no_continuation_across_other_sentences():
    ann = annotate_text("Lina Berg, the region’s chief engineer and top planner for the region in "
                        "the work against the floods, said it “is far more durable” over a longer period.")
    assert quotes_by_speaker(ann)[0] == ("“is far more durable”", "Lina Berg")
    far = annotate_text("“We are opening the market again,” Brandt said. The island has ten thousand people. Its "
                        "shops stayed open all spring. Officials there now speak of a “light-touch approach” to it.")
    assert dict(quotes_by_speaker(far)).get("“light-touch approach”") != "Brandt"


def test_a_colon_intro_is_read_in_its_own_sentence_and_a_name_in_an_aside_speaks():
    ann = annotate_text("Mayor Oskar Brandt praised the plan. Some stalls closed for not following the rules. "
                        "One local, Jonas Ek, told The Fenwick Times: “We are doing something right here.”")
    assert quotes_by_speaker(ann) == [("“We are doing something right here.”", "Jonas Ek")]


def test_a_stray_opening_mark_far_from_its_paragraphs_end_is_not_a_quotation():
    from newsdigest.annotate.text import find_segments, paragraphs_of

    text = "He said “to show Americans" + " and then the story went on for a long while." * 20
    assert find_segments(text, paragraphs_of(text)) == []
    short = "He said “to show Americans that we care."
    assert len(find_segments(short, paragraphs_of(short))) == 1  # a quotation its paragraph's end closes


def test_a_verb_before_the_idea_that_is_a_cue():
    ann = annotate_text("A prominent regional official has promoted a conspiracy theory that the navy "
                        "brought the fever to Fenwick.")
    [quote] = ann.quotes
    assert quote.kind == "indirect" and quote.speaker.mention == "A prominent regional official"
    assert quote.text.startswith("the navy")


def test_reported_speech_after_a_colon_a_few_words_past_the_cue():
    ann = annotate_text("The WHO has said this from the start: the most effective way to protect yourself "
                        "is washing your hands.")
    [quote] = ann.quotes
    assert quote.text.startswith("the most effective way") and quote.speaker.mention == "WHO"


def test_stray_marks_passed_over_in_a_paragraph_are_bounded():
    from newsdigest.annotate.text import MAX_STRAYS, find_segments, paragraphs_of

    text = "“a " * 10 + "and then the story went on for a long while without closing." * 20
    [segment] = find_segments(text, paragraphs_of(text))
    assert segment.span[0] == 3 * MAX_STRAYS and not segment.closed


def test_a_name_ending_a_sentence_is_not_a_title_case_cue():
    from newsdigest.annotate.people import People
    from newsdigest.annotate.speakers import Speakers
    from newsdigest.annotate.tokens import tokenize

    text = "The speech helped extremist groups like Islamic State. Brandt arrived later."
    tokens = tokenize(text)
    speakers = Speakers(text, tokens, [], People(text, tokens, []))
    assert speakers.find_attribution(0, len(text)) is None
    headline = "Trump Says His Plan Will Work"
    tokens = tokenize(headline)
    found = Speakers(headline, tokens, [], People(headline, tokens, [])).find_attribution(0, len(headline))
    assert found is not None and headline[found.cue[0] : found.cue[1]] == "Says"


def test_reported_speech_of_two_speakers_together():
    ann = annotate_text("Clinton and Sanders said the debate would go on until June.")
    [quote] = ann.quotes
    assert quote.text == "the debate would go on until June"
    assert quote.speaker.mention == "Sanders"  # the nearer of the two: one source per quote for now


def test_quoted_words_the_sentence_leads_into_are_partial_inside_reported_speech():
    ann = annotate_text("Brandt told reporters that he thinks the merger is “a great thing.”")
    kinds = {q.kind: q for q in ann.quotes}
    assert kinds["partial"].text == "“a great thing.”"
    assert kinds["indirect"].text == "he thinks the merger is “a great thing.”"
    assert kinds["indirect"].speaker.mention == "Brandt"
    # After a cue, the quotation is direct even without a comma.
    [quote] = annotate_text("Later he said “We will win this state and the next one.”").quotes
    assert quote.kind == "direct"


def test_a_description_next_to_the_cue_after_a_quotation_speaks_whatever_its_noun():
    for text, speaker in [
        ("“The Brandts will find a way to spoil it,” wrote one commenter.", "one commenter"),
        ("“Senator Lund thanks all of her supporters,” said the printed slate card.", "the printed slate card"),
        ("“The records contradict his account,” the committee chairmen wrote.", "the committee chairmen"),
        ("“Anybody but Brandt,” said another.", "another"),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.speaker.mention == speaker, text
    # After the cue the clause must end there: "said the plan would ..." is what was said.
    ann = annotate_text("“We are done,” the mayor’s office said. Officials said the plan would cost more.")
    assert all(q.speaker is None or q.speaker.mention != "the plan" for q in ann.quotes)


def test_who_speaks_for_the_phrase_it_follows_with_or_without_a_comma():
    for text, name in [
        ("Sanders disavowed a campaign surrogate who said voters shouldn’t “cast their votes” for her.",
         "a campaign surrogate"),
        ("Clinton slammed candidates who think they can “outsource” their policy.", "candidates"),
        ("They met Ron Klain, who said the debate would be “a brawl.”", "Ron Klain"),
        # (a description opening the sentence, after the sentence before)
        ("The study was careful.\n\nOyster farmers, who have said the dredging hurt harvests, welcomed it.",
         "Oyster farmers"),
        # (not a determiner's, nor words with a verb between)
        ("The vote was close.\n\nThe judges, who said they wanted change, ruled.", "The judges"),
        ("The vote was close.\n\nWe should be people who say what they want.", "people"),
    ]:
        quotes = annotate_text(text).quotes
        assert quotes and all(q.speaker.mention == "who" and q.speaker.name == name for q in quotes), text


def test_a_cue_after_and_shares_the_subject_of_the_clause_it_joins():
    for text, speaker, said in [
        ("Quist caucused in Fenwick on Saturday and says he voted for the plan without hesitation.",
         "Quist", "he voted for the plan without hesitation"),
        ("The Vermont senator survived years in exile and has said such methods are cruel.",
         "The Vermont senator", "such methods are cruel"),
        ("He endorsed Lund, but told reporters on Monday that he thought Brandt would win.",
         "He", "he thought Brandt would win"),
        ("Eight years ago, he backed Quist over Lund and said Lund had never done anything for them.",
         "he", "Lund had never done anything for them"),
        ("Quist paused, then revealed why the dredging had moved her.", "Quist", "why the dredging had moved her"),
    ]:
        [quote] = annotate_text(text).quotes
        assert (quote.speaker.mention, quote.text) == (speaker, said), text


def test_a_share_of_a_poll_speaks_but_is_not_a_source():
    ann = annotate_text("Sixty-six percent said the debate made no difference to them. About 4 in 10 say they want "
                        "a change. “We will win,” Sen. Ann Cole said.")
    speakers = [q.speaker.mention for q in ann.quotes]
    assert speakers == ["Sixty-six percent", "About 4 in 10", "Sen. Ann Cole"]
    assert [s.name for s in ann.sources] == ["Ann Cole"]
    assert ann.quotes[0].speaker.source_id is None


def test_whatever_follows_according_to_is_the_source():
    for text, source in [
        ("The pilot had been with the airline since 2004, according to his Facebook profile.", "his Facebook profile"),
        ("According to early results of exit polls conducted by Harbor Research, most voters feel hopeful.",
         "early results of exit polls conducted by Harbor Research"),
        ("She had been in Paris to visit her daughter, according to the AP.", "the AP"),
        ("Sixty-six percent said the debate changed nothing, according to a poll released on Monday.",
         "a poll released on Monday"),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.kind == "indirect" and quote.speaker.mention == source, text
        assert "according" not in quote.text.lower() and "released" not in quote.text


def test_a_clause_between_commas_is_not_an_aside_before_the_cue():
    text = ("If goats could easily catch the fever, we would be seeing many cases by now, says Hana Rusk, "
            "a vet at the University of Fenwick.")
    [quote] = annotate_text(text).quotes
    assert quote.speaker.mention == "Hana Rusk"
    assert quote.text.startswith("If goats could easily catch the fever")


def test_an_organization_name_runs_over_of_and_a_quantity_word_is_no_name():
    for text, speaker in [
        ("The University of Fenwick said the study would continue next year.", "University of Fenwick"),
        ("The U.S. Department of Fisheries (USDF) has warned that owners should keep boats inside.",
         "U.S. Department of Fisheries"),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.speaker.mention == speaker, text
    # ... and over "and", after an "of" or "for", or after "the" up to an organization's word.
    for text, speaker in [
        ("The Centers for Flood Control and Prevention states: “There is no evidence of risk.”",
         "Centers for Flood Control and Prevention"),
        ("The Harbor and Boat Administration said the pier is safe.", "Harbor and Boat Administration"),
        ("Tom Ek and Fenwick Boats Inc. said the deal was off.", "Fenwick Boats Inc."),
    ]:
        [quote] = annotate_text(text).quotes
        assert quote.speaker.mention == speaker, text
    ann = annotate_text("Multiple episodes of his show address these theories and claim the fever was man-made.")
    assert all(q.speaker is None or q.speaker.mention != "Multiple" for q in ann.quotes)


def test_the_subject_of_a_clause_ending_in_a_colon_introduces_the_quotation():
    ann = annotate_text("Sen. Rita Vance spoke to the crowd in Fenwick. She then addressed the supporters again: "
                        "“Here is what I miss. I miss the days when people listened to each other.”")
    [quote] = [q for q in ann.quotes if q.kind == "direct"]
    assert quote.speaker.mention == "She" and quote.speaker.name == "Rita Vance"


def test_a_subject_with_an_aside_introduces_the_quotation_after_its_clause():
    ann = annotate_text("Ines Lamar, the regional flood chief, reacted coolly to the deal: “I am "
                        "worried about any plan that moves everyone without safeguards.”")
    [quote] = ann.quotes
    assert quote.speaker.mention == "Ines Lamar"
    # After a comma (no colon, no cue) the quotation is left without a speaker: too often wrong.
    ann = annotate_text("Ines Lamar, the regional flood chief, reacted coolly to the deal, “I am "
                        "worried about any plan that moves everyone without safeguards.”")
    assert all(q.speaker is None for q in ann.quotes)


def test_a_party_or_a_people_after_a_place_is_not_a_persons_name():
    ann = annotate_text("Sen. Amy Klobuchar spoke first on Tuesday. The Minnesota Democratic caucus cheered. "
                        "“We are ready,” she said.")
    [quote] = ann.quotes
    assert quote.speaker.name == "Amy Klobuchar"
    assert all("Democratic" not in s.name for s in ann.sources)


def test_party_members_are_an_anonymous_group_not_a_named_person():
    ann = annotate_text("Senate Republicans said the bill would not pass before the recess.")
    [source] = ann.sources
    assert (source.name, source.kind, source.named) == ("Senate Republicans", "anonymous", False)


def test_a_pronoun_opening_what_someone_said_speaks_as_that_someone():
    ann = annotate_text("The longtime senator said he rarely asks surrogates to stump for him, “except for people "
                        "I’m very close to.”")
    assert {q.speaker.mention for q in ann.quotes} == {"The longtime senator"}
    ann = annotate_text("Sen. Ann Cole spoke in Ohio. She said that she would offer “a prayer” for the nominee.")
    assert {q.speaker.span for q in ann.quotes} == {(29, 32)}  # the first "She"


def test_a_curly_quotation_closed_by_a_straight_mark_that_hands_over():
    text = "“Our roads and bridges are crumbling,\" she said. \"Families endure blackouts every summer.”"
    ann = annotate_text("Gov. Ann Cole spoke in Ohio. " + text)
    first = ann.quotes[0]
    assert first.text == "“Our roads and bridges are crumbling,\""
    assert first.speaker.mention == "she" and first.speaker.name == "Ann Cole"


def test_the_attribution_after_a_quotation_is_not_reported_speech_of_its_own():
    ann = annotate_text("\"You think I'm going to change?\" Brandt asked reporters rhetorically during a news "
                        "briefing late on Tuesday in Fenwick.")
    assert [(q.kind, q.speaker.mention) for q in ann.quotes] == [("direct", "Brandt")]
    # "as" after the speaker is not a verb that makes the name part of what was said.
    ann = annotate_text("\"We really can win on Tuesday,\" said Lund as he closed out.")
    assert [q.speaker.mention for q in ann.quotes] == ["Lund"]


def test_a_clause_subject_after_an_opening_connective_speaks_for_a_gerund_cue():
    ann = annotate_text("But Sen. Ivo Kessler refused to discuss campaigning with Lund, responding that he is "
                        "“not going to talk about what my campaign is planning.”")
    assert {q.speaker.name for q in ann.quotes} == {"Ivo Kessler"}


def test_the_subject_of_a_clause_ending_in_a_dash_introduces_the_quotation():
    ann = annotate_text("Sen. Ann Cole also embraced the new rules -- \"I think they are long overdue for everyone.\"")
    [quote] = ann.quotes
    assert (quote.kind, quote.speaker.name) == ("direct", "Ann Cole")


def test_two_clauses_with_their_own_speakers_are_two_pieces_of_reported_speech():
    ann = annotate_text("Senate Republicans said the bill would not pass before the recess, and one aide, who was not "
                        "authorized to speak publicly, said talks had stalled.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the bill would not pass before the recess", "Senate Republicans"), ("talks had stalled", "one aide")]
    aide = next(s for s in ann.sources if s.name == "one aide")
    assert "not authorized" in aide.description
    # Without a comma, "but" opens a clause of its own only with its speaker right after it.
    ann = annotate_text("The river guild claimed the blockade but port officials have said they do not believe "
                        "the guild was behind it.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the blockade", "The river guild"), ("they do not believe the guild was behind it", "port officials")]


def test_what_was_said_ends_where_but_opens_the_writers_own_clause():
    for text, said in [
        ("Lund said he was not qualified to judge the plan, but several of his findings contradicted it.",
         "he was not qualified to judge the plan"),
        ("Brandt praised the divers for their work in the harbor but stopped short of thanking the mayor.",
         "the divers for their work in the harbor"),
        # Still under the cue: "but that ...", "not only ... but also ...".
        ("Lund said the plan would work but that it would cost more than the port can pay.",
         "the plan would work but that it would cost more than the port can pay"),
    ]:
        assert [q.text for q in annotate_text(text).quotes] == [said], text


def test_what_follows_the_cue_after_the_content_is_when_and_whom():
    for text, said in [
        ("Ada Quist won the Fenwick primary, the Valley Courier declared on Thursday, two days after the vote.",
         "Ada Quist won the Fenwick primary"),
        ("The plan includes a special force to guard the harbor, Port Secretary Ivo Lund told a council panel "
         "Wednesday.", "The plan includes a special force to guard the harbor"),
    ]:
        assert [q.text for q in annotate_text(text).quotes] == [said], text


def test_a_stance_after_a_quotations_attribution_is_the_speakers_too():
    ann = annotate_text("“It is a sign of the anger people feel,” Lund said, citing the closed docks and the rising "
                        "prices.")
    assert [(q.kind, q.speaker.mention) for q in ann.quotes] == [("direct", "Lund"), ("indirect", "Lund")]
    assert ann.quotes[1].text == "the closed docks and the rising prices"


def test_who_follows_the_cue_after_the_content_speaks_not_a_name_inside_it():
    ann = annotate_text("Even as the race moves to Fenwick, a town she hoped to carry, the race will be tight, said "
                        "Ada Quist, an analyst in Fenwick City.")
    assert [q.speaker.mention for q in ann.quotes] == ["Ada Quist"]
    # What was said after the cue is no speaker: the aside's owner before it still is.
    ann = annotate_text("Bo Lund, 59, of Fenwick, who watched on a screen, said the event brought back memories, "
                        "and of his father.")
    assert [q.speaker.mention for q in ann.quotes] == ["Bo Lund"]


def test_the_same_speakers_second_statement_after_and_or_but():
    ann = annotate_text("Clark said Brooks had begun making calls to council members but said the outcome was still "
                        "open. Lund told reporters the port was calm and wrote on Facebook that the divers were safe.")
    assert [(q.text, q.cue.text, q.speaker.mention) for q in ann.quotes] == [
        ("Brooks had begun making calls to council members", "said", "Clark"),
        ("the outcome was still open", "said", "Clark"),
        ("the port was calm", "told", "Lund"), ("the divers were safe", "wrote", "Lund")]


def test_quoted_words_in_one_clause_are_not_given_to_the_speaker_of_the_next():
    ann = annotate_text("Okafor said he'd make the harbor \"shine like a lantern,\" for example, and Brandt vowed to "
                        "\"tear down the fences\" around the docks.")
    assert ("\"shine like a lantern,\"", "Okafor") in quotes_by_speaker(ann)


def test_a_speaker_described_in_lowercase_words_before_the_name_or_named_like_an_auxiliary():
    ann = annotate_text("\"I am not going to call it an error,\" said retired surgeon Paula Grint, asked about the "
                        "report.")
    assert quotes_by_speaker(ann) == [("\"I am not going to call it an error,\"", "Paula Grint")]
    ann = annotate_text("Simon Will writes a weekly column.\n\n"
                        "\"This could end the careers of the newcomers,\" Will wrote.")
    assert quotes_by_speaker(ann) == [("\"This could end the careers of the newcomers,\"", "Simon Will")]


def test_quoted_words_in_a_sentence_with_no_cue_are_its_subjects_when_that_is_someone():
    ann = annotate_text("Simon Will is a columnist. Will described the mayor as a \"monument to the city's most "
                        "stubborn habits.\"")
    assert quotes_by_speaker(ann) == [("\"monument to the city's most stubborn habits.\"", "Simon Will")]
    # Not a possessive's owner, nor a capitalized word that opens the sentence, nor short scare quotes.
    for text in ("Brandt spoke. Brandt's weary tone was far from \"the cheerful helper of the people\" of old.",
                 "Okafor fell. Worries about Okafor's slide grew with his campaign \"losing money every week.\"",
                 "Lund spoke. Lund's primary was a \"closed\" one."):
        assert all(q.speaker is None for q in annotate_text(text).quotes if q.kind != "indirect"), text
    # A quotation alone after a sentence "he" opens is his, and he is not whom the question he was asked names.
    ann = annotate_text("“We are always looking to improve the team,” Pete Olsson said at a news conference. Asked "
                        "whether Anton Reyes was the target, he smiled. “I can't comment on players under contract.”")
    assert [q.speaker.name for q in ann.quotes] == ["Pete Olsson", "Pete Olsson"]


def test_going_on_after_a_quotation_is_speaking():
    ann = annotate_text("“It happens to everyone, doesn't it?” Brandt went on, as if nobody had asked.")
    assert quotes_by_speaker(ann) == [("“It happens to everyone, doesn't it?”", "Brandt")]


def test_a_cue_word_after_a_possessive_is_a_noun_unless_what_was_said_follows():
    ann = annotate_text("Nadia Perrin answered on the radio, calling Brandt’s charge “silly and unkind to all.”")
    assert [q.speaker.name for q in ann.quotes] != ["Brandt"]
    ann = annotate_text("The watchdog checked Oskar Brandt’s claim that the ferry had run on time all year.")
    assert [(q.kind, q.speaker.name) for q in ann.quotes] == [("indirect", "Oskar Brandt")]
    ann = annotate_text("Oskar Brandt spoke. He’s claiming that the ferry fares are far too high this year.")
    assert [(q.kind, q.speaker.name) for q in ann.quotes] == [("indirect", "Oskar Brandt")]


def test_an_adverb_opening_a_sentence_is_not_its_subject():
    ann = annotate_text("Quickly turning the storm into a campaign issue, Brandt blamed his rivals, and stressed "
                        "the danger that “careless spending” poses to the town.")
    assert {q.speaker.mention for q in ann.quotes} == {"Brandt"}


def test_a_phrase_of_time_or_place_between_the_speaker_and_the_cue():
    ann = annotate_text("The driver was later fined for speeding. Brandt at the time said he’d asked his "
                        "“team” to “look at” paying the fine.")
    assert {q.speaker.name for q in ann.quotes} == {"Brandt"}


def test_quoted_words_go_to_their_own_sentences_subject_before_the_sentence_before():
    ann = annotate_text("Ilse Moreau sued the council. Lund denied the charges in a statement. Moreau also "
                        "seeks “an order barring the council from repeating the claims about her.”")
    assert quotes_by_speaker(ann)[-1][1] == "Ilse Moreau"


def test_objects_are_not_speakers():
    # "a written statement" is no verb; a name after a preposition is no label nor a gerund's subject.
    for text, speaker in [
        ("Brandt told the Harbor Gazette in a written statement, “I really don’t need their support.”", "Brandt"),
        ("Lund answered the question on Facebook writing, “Yes, I will. That was a clumsy word.”", "Lund"),
        ("Nadia Perrin won. She says to the voters: “This one is for you and for all.”", "Nadia Perrin"),
    ]:
        assert [q.speaker.name for q in annotate_text(text).quotes] == [speaker], text
    # ... but "with" a name before a gerund makes its subject: "with Oskar Brandt writing".
    ann = annotate_text("Councillors were quick to join in, with Oskar Brandt writing that it was a \"mess\" for "
                        "Lund and asking, \"How can someone this careless run our port?\"")
    assert {q.speaker.name for q in ann.quotes if q.kind == "direct"} == {"Oskar Brandt"}


def test_phrasal_cues_and_crowds_speak():
    ann = annotate_text("Lund mocked Brandt for it. \"Oskar wants to look tough tonight,\" Brandt shot back.\n\n"
                        "\"Never!\" the crowd cried out, laughing.")
    assert [q.speaker.mention for q in ann.quotes if q.kind == "direct"] == ["Brandt", "the crowd"]
    # "went on" is speech only where the clause ends there.
    ann = annotate_text("\"We will win this ward and the next one,\" Brandt said. Lund went on a tour of the docks.")
    assert [q.speaker.mention for q in ann.quotes] == ["Brandt"]


def test_claim_nouns_name_who_makes_the_claim():
    for text, speaker in [
        ("'Doubts'   Ren Hualin, a ministry spokesman, has repeatedly promoted the idea - without evidence - "
         "that the fever might have started abroad.", "Ren Hualin"),
        ("However, doctors have rejected Castellane's suggestions that any such fever might come from the river.",
         "Castellane"),
        ("Officials are spreading false claims that a local engineer was involved.", "Officials"),
    ]:
        quotes = annotate_text(text).quotes
        assert [(q.kind, q.speaker.name) for q in quotes] == [("indirect", speaker)], text
    # A claim noun after a determiner and no verb before it makes no cue, nor does one after "and".
    assert annotate_text("The claims that a local engineer was involved are false.").quotes == []
    assert annotate_text("Ada Ek, the host behind RiverWatch and the false idea that the flood was staged, spoke "
                         "at noon.").quotes == []


def test_quoted_words_in_the_writers_own_sentence_do_not_go_on_from_the_quotation_before():
    ann = annotate_text("\"We're opening the market again,\" Brandt said. \"We're opening the schools again.\" "
                        "Despite closures elsewhere, the island has chosen a \"light-touch approach.\"")
    assert [speaker for _, speaker in quotes_by_speaker(ann)] == ["Brandt", "Brandt"]


def test_two_apostrophes_are_a_double_quote_mark_as_archive_text_writes_it():
    ann = annotate_text("''I have left two messages for Oskar,'' Ms. Lund said. ''He's my neighbor. He's been "
                        "my neighbor for many years.''\n\n''We will see,'' she added.")
    assert [(q.kind, q.text, q.speaker.name) for q in ann.quotes] == [
        ("direct", "''I have left two messages for Oskar,''", "Lund"),
        ("direct", "''He's my neighbor. He's been my neighbor for many years.''", "Lund"),
        ("direct", "''We will see,''", "Lund")]
    # A single apostrophe is no mark: "rock 'n' roll", "the '90s".
    assert annotate_text("He loved rock 'n' roll in the '90s, he said.").quotes[0].kind == "indirect"


def test_reported_speech_in_a_clause_of_its_own_or_before_a_quotation_its_sentence_leads_to():
    ann = annotate_text("The port's lawyers will have to report to a judge next week, and the agency said it will "
                        "release another batch of records next week.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("it will release another batch of records next week", "the agency")]
    ann = annotate_text("Nadia Perrin, 52, said it was too early to thank the volunteers but added, \"I think you "
                        "all know how this went.\"")
    assert [(q.kind, q.text) for q in ann.quotes] == [
        ("indirect", "it was too early to thank the volunteers"),
        ("direct", "\"I think you all know how this went.\"")]
    # ... or before a clause that gives the quotation a speaker and a cue of its own.
    ann = annotate_text("Perrin said that engineers had found the levee sound and safe, to which Lowe replied: "
                        "\"It is not.\" Asked whether the levee would hold through the winter, Lowe said, "
                        "\"It will not hold.\"")
    assert [(q.kind, q.text, q.speaker.mention) for q in ann.quotes] == [
        ("indirect", "engineers had found the levee sound and safe", "Perrin"),
        ("direct", "\"It is not.\"", "Lowe"), ("direct", "\"It will not hold.\"", "Lowe")]
    # A cue that only leads into the quotation is not reported speech of its own.
    ann = annotate_text("Ilse Moreau, the press director, said in a statement: \"This flood is the worst the "
                        "valley has seen in a century.\"")
    assert [q.kind for q in ann.quotes] == ["direct"]


def test_a_relative_clause_its_own_speaker_reports_is_reported_speech():
    ann = annotate_text("Lund called for a new wall at the harbor mouth, which he said the port should pay for.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("for a new wall at the harbor mouth", "Lund"), ("which he said the port should pay for", "he")]
    ann = annotate_text("The port opened a review, which the harbor agency said was ongoing as of last week.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("which the harbor agency said was ongoing as of last week", "the harbor agency")]
    # Not "that" after a cue (what was said), nor "which" after a preposition, nor a clause without a speaker.
    for text in ("Ek told reporters that officials say the wall will fail.",
                 "Ek read a report in which officials said the wall will fail.",
                 "The movement, which began with worker protests in Fenwick, has spread."):
        assert not any(q.text.startswith(("that", "which")) for q in annotate_text(text).quotes), text


def test_speakers_past_an_aside_a_described_name_or_as_they_put_it():
    for text, speaker in [
        ("\"I am calling from the Perrin campaign. How are you today?\" Lowe, a retired nurse from the valley, "
         "said cheerfully into the phone.", "Lowe"),
        ("\"I don't know where she stands on that,\" said undecided Green voter Maria Tolle of Fenwick, before "
         "the meeting.", "Maria Tolle"),
        ("\"Thanks for welcoming these families,\" said master of ceremonies Dario Fenn, an engineer.",
         "Dario Fenn"),
        ("As Ada Quist, the No. 2 on the council, put it: \"This plan will not pass.\"", "Ada Quist"),
    ]:
        assert [q.speaker.name for q in annotate_text(text).quotes] == [speaker], text
    ann = annotate_text("As Ruth Ollis puts it, the mayor is trying to make the council an offer it cannot refuse.")
    assert [(q.text, q.cue.text) for q in ann.quotes] == [
        ("the mayor is trying to make the council an offer it cannot refuse", "puts it")]


def test_a_question_hands_over_to_its_speaker_but_not_across_a_line_break():
    ann = annotate_text("\"They complain,\" he said. \"Everybody complains, right?\"\nLater, Ada Quist claimed that "
                        "the ferry has never been late.\n\nDario Fenn spoke first.")
    assert [q.speaker.mention for q in ann.quotes if q.kind == "direct"] == ["he", "he"]


def test_a_person_from_a_place_speaks_and_a_bare_noun_or_an_object_does_not():
    ann = annotate_text("Mayor Ada R. Quist of Fenwick lamented the \"miserable\" state of the docks "
                        "and criticized the \"endless delays\" on display.")
    assert {q.speaker.name for q in ann.quotes} == {"Ada R. Quist"}
    ann = annotate_text("There were sharp exchanges, such as when Lund knocked Brandt on taxes and called him a "
                        "\"dreamer,\" a pointed jab.")
    assert all(q.speaker.name != "Brandt" for q in ann.quotes)


def test_continue_reports_speech_only_where_the_clause_ends_and_a_subordinate_clause_is_no_subject():
    ann = annotate_text("She said that her team would continue \"to fight for the harbor\" across the region.")
    assert all(q.speaker.mention != "her team" for q in ann.quotes)
    assert quotes_by_speaker(annotate_text("Dario Fenn spoke. \"We will see about all of it,\" he continued.")) == [
        ("\"We will see about all of it,\"", "Dario Fenn")]
    ann = annotate_text("When she appeared before the crowd late Monday, she declined to claim victory, only saying "
                        "that she was feeling a \"great sense of relief\" at the numbers.")
    assert {q.speaker.mention for q in ann.quotes} == {"she"}


def test_a_gerund_cue_speaks_for_the_nearest_clause_subject_and_told_whom_that():
    ann = annotate_text("Gov. Ada Quist — who is being considered for the cabinet — made Fenwick Harbor a priority, "
                        "but the effort stalled, and she has clashed with the unions over the port's budget, at one "
                        "point calling their leader a \"wrecker of the first order.\"")
    assert [q.speaker.name for q in ann.quotes if q.kind == "partial"] == ["Ada Quist"]
    ann = annotate_text("But Dario Fenn told the Valley Courier “Morning Edition” that he agrees the plan would fail.")
    assert [(q.text, q.speaker.name) for q in ann.quotes if q.kind == "indirect"] == [
        ("he agrees the plan would fail", "Dario Fenn")]


def test_with_and_its_speaker_before_a_gerund_cue_open_a_report_and_a_second_speaker_after_and_has_one_too():
    for sentence, reports in (
            ("Talks broke down, with Democrats saying the plan was dead.", [("the plan was dead", "Democrats")]),
            ("Talks broke down, with the Democrats saying the plan was dead.", [("the plan was dead", "Democrats")]),
            ("Talks broke down, with the company warning that it would close the plant.",
             [("it would close the plant", "the company")]),
            # (an opening "with" phrase ends at its comma: what follows is the writer's)
            ("With Democrats saying the plan was dead, talks broke down.", [("the plan was dead", "Democrats")]),
            ("Talks broke down, with Vance accusing leaders of stalling and Republicans saying the governor had "
             "walked away.", [("leaders of stalling", "Vance"), ("the governor had walked away", "Republicans")]),
            ("Quist said the plan was dead and Republicans said the governor had walked away.",
             [("the plan was dead", "Quist"), ("the governor had walked away", "Republicans")])):
        assert reported(sentence) == reports, sentence
    # Not a subject of two, nor a second relative clause, nor "and" after a phrase without a verb.
    assert said("Quist said rates would rise because Congress and President Lee agreed to cut taxes.") == [
        "rates would rise because Congress and President Lee agreed to cut taxes"]
    assert said("Ada Quist, who officials say is tied to the union and who claimed credit for the strike, left.") == [
        "who officials say is tied to the union and who claimed credit for the strike"]
    assert said("Quist said the mayor and the council agreed on the plan.") == [
        "the mayor and the council agreed on the plan"]


def test_that_opening_a_sentence_before_a_noun_and_its_cue_points_back_to_the_source_so_described():
    ann = annotate_text("Harbor news\n\nA person close to the mayor said Vance was angry. That person said she would "
                        "not call a session.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("A person close to the mayor", "A person close to the mayor"), ("That person", "A person close to the mayor")]
    assert len(ann.sources) == 1
    # (not before a plural: "That voters said it matters is clear" is a clause's "that")
    assert reported("That voters said it matters is clear.") == [("it matters is clear", "voters")]


def test_an_organization_after_its_article_is_a_clause_subject_and_reported_goes_before_its_speaker():
    ann = annotate_text("After a meeting, the Harbor Council issued a statement calling the spill \"a clear breach "
                        "and in open disregard\" of three rulings.")
    assert {q.speaker.mention for q in ann.quotes} == {"Harbor Council"}
    ann = annotate_text("This is “about the same margin she has kept all summer,” reported the Valley Courier.")
    assert {q.speaker.mention for q in ann.quotes} == {"the Valley Courier"}
    assert "“about the same margin she has kept all summer,”" in [q.text for q in ann.quotes if q.kind == "partial"]


def test_a_pronoun_resolves_to_someone_of_its_gender_when_names_or_titles_tell():
    ann = annotate_text("Maria Tolle noted the rule in the interview. Campaign manager Jason Pratt defended the "
                        "plan. She said fathers would not be eligible, adding, \"It's meant to help the mother.\"")
    assert {q.speaker.name for q in ann.quotes if q.kind == "direct"} == {"Maria Tolle"}
    # With nothing to tell, the latest person named, as before.
    ann = annotate_text("Pat Quinn noted the rule. Casey Reyes defended it. \"It is meant for parents,\" she said.")
    assert [q.speaker.name for q in ann.quotes] == ["Casey Reyes"]


def test_a_party_adjective_alone_is_no_speaker_but_a_described_name_opens_a_clause():
    ann = annotate_text("The watchdog rated 32% of Democratic claims as \"false\" or \"wildly off,\" it said.")
    assert all(q.speaker is None or q.speaker.mention != "Democratic" for q in ann.quotes)
    ann = annotate_text("Republican mayoral candidate Oskar Brandt quickly took to Twitter, writing: \"Another "
                        "terrible night for our harbor.\"")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("Republican mayoral candidate Oskar Brandt", "Oskar Brandt")]


def test_reported_speech_ends_where_the_speakers_next_statement_starts():
    ann = annotate_text("The senator said the bill was dead for the year, arguing that the votes were not there.")
    assert [(q.text, q.cue.text, q.speaker.mention) for q in ann.quotes] == [
        ("the bill was dead for the year", "said", "The senator"),
        ("the votes were not there", "arguing", "The senator")]


def test_what_was_said_starts_at_the_that_of_its_cue_not_at_a_relative_that_later():
    for text, said in [
        ("She said she could not support the port deal that she herself drafted in office.",
         "she could not support the port deal that she herself drafted in office"),
        ("The bigger risk, he said, is a storm surge that could flood the lower town by morning.",
         "The bigger risk, he said, is a storm surge that could flood the lower town by morning"),
        # An inverted attribution inside what was said, its verb after it.
        ("Still, the smaller apps, says Ana Lima, can teach people the same skills.",
         "the smaller apps, says Ana Lima, can teach people the same skills"),  # ("Still,": the writer's)
        ("He told reporters on Tuesday in Fenwick that the campaign would go on.", "the campaign would go on"),
    ]:
        assert [q.text for q in annotate_text(text).quotes] == [said], text


def test_how_it_was_said_after_an_attribution_inside_the_sentence_is_not_what_was_said():
    ann = annotate_text("Oskar Brandt called donors all week. He was unable to find a single backer, he said, on "
                        "condition of anonymity to speak freely about the harbor plan.")
    assert ("He was unable to find a single backer", "he") in [(q.text, q.speaker.mention) for q in ann.quotes]
    ann = annotate_text("The ferry fund was short, she said in an interview with the Fenwick Courier on Monday.")
    assert [q.text for q in ann.quotes] == ["The ferry fund was short"]


def test_a_role_in_lowercase_before_a_name_opens_the_subject_of_a_joined_cue():
    assert reported("On Monday, chief executive Ada Quist apologized to riders and said the ferry had a defect.") == [
        ("the ferry had a defect", "chief executive Ada Quist")]
    assert reported("His chief aide, a lawyer, met donors and said that might not be enough.") == [
        ("that might not be enough", "His chief aide")]
    # (a role set off after a name is its aside: the name speaks)
    assert reported("Tim Lee, president of the Harbor Institute, tied the scores to the ferry, saying the ferry "
                    "helped thousands of kids.") == [("the ferry helped thousands of kids", "Tim Lee")]


def test_a_gerund_of_speech_after_a_short_object_opens_the_next_statement():
    assert said("Tim Lee denied it, saying that the ferry had been inspected in May.") == [
        "the ferry had been inspected in May"]
    assert said("Tim Lee weighed in on Twitter, saying that the ferry had been inspected.") == [
        "the ferry had been inspected"]


def test_when_alone_after_a_cue_is_nothing_said():
    assert said("Tim Lee conceded shortly before midnight.") == []
    assert said("Tim Lee conceded after the last count.") == []
    # (what a stance takes after a preposition is said: PolNeAR's "agreed with the analysis")
    assert said("Tim Lee agreed with the harbor plan.") == ["with the harbor plan"]
    assert said("Tim Lee conceded after the count that he had lost.") == ["he had lost"]


def test_a_participle_after_an_attribution_inside_the_sentence_is_the_writers():
    # What the news did, after who reported it, is not what they said ...
    assert reported("The council rejected the ferry plan, two members said, dealing a blow to the harbor board.") == [
        ("The council rejected the ferry plan", "two members")]
    assert said("The pier was safe, Tim Lee said, wiping rain off his coat.") == ["The pier was safe"]
    # ... but after an opening clause or phrase the sentence's own clause goes on past the attribution.
    assert said("Though the last ferry sale was smooth, he said, selling this one would be harder.") == [
        "Though the last ferry sale was smooth, he said, selling this one would be harder"]
    [at_the_hearing] = said("At the hearing, Tim Lee said, breaking with the mayor, the ferry should be sold.")
    assert at_the_hearing.endswith("the ferry should be sold")


def test_the_main_clause_after_an_opening_clause_with_its_own_report_is_read_too():
    ann = annotate_text("When the moderator pointed out that Quist had not answered the question, the candidate said "
                        "families hurt by the flood file lawsuits.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Quist had not answered the question", "the moderator"),
        ("families hurt by the flood file lawsuits", "the candidate")]


def test_a_speaker_before_a_verb_that_goes_on_to_a_cue_speaks():
    for text, said, speaker in [
        ("In an interview, Oskar Brandt continued to assert that he never met Vance.", "he never met Vance",
         "Oskar Brandt"),
        ("Rita Vance was quick to point out that the ferry was late.", "the ferry was late", "Rita Vance"),
    ]:
        assert [(q.text, q.speaker.name) for q in annotate_text(text).quotes] == [(said, speaker)], text
    assert annotate_text("We will continue to add more harbor tours as the season goes on.").quotes == []


def test_a_phrase_opening_the_sentence_before_its_speaker_is_never_what_was_said():
    ann = annotate_text("In January, in her last address, Ada Quist conceded she had fallen short.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("she had fallen short", "Ada Quist")]
    for text in ("In a changing economy, young sailors still believe in the harbor.",
                 "As an immigrant, she felt for me."):
        assert annotate_text(text).quotes == [], text
    # (A clause before the speaker is: "In Fenwick, the harbor is calm, the mayor said.")
    assert [q.text for q in annotate_text("In Fenwick, the harbor is calm, the mayor said.").quotes] == [
        "In Fenwick, the harbor is calm"]


def test_speaker_phrases_around_their_cues_words_quips_labels_and_places():
    for text, speaker in [
        ("The fair came to Fenwick because, in Quist’s words, “it is the most open town on the coast.”", "Quist"),
        ("The summit came to Fenwick because, in Forbes’ words, “it has more boats per head than anywhere.”",
         "Forbes"),
        ("In the mayor’s own words, “the harbor is open to everyone who comes in peace.”", "the mayor"),
        ("During the debate, Ada Quist cracked, “I am a sailor who gets things done.”", "Ada Quist"),
        ("The debate was so calm that Oskar Brandt was prompted to say, “I cannot believe how civil it is.”",
         "Oskar Brandt"),
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # "there" between the speaker and the cue says where ("Officials there said").
    ann = annotate_text("Harbor news.\n\nPolls there show Quist is trailing Lee just ahead of the vote.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Quist is trailing Lee just ahead of the vote", "Polls")]
    # Nor does a verb telling the reader to act, opening the sentence.
    ann = annotate_text("Harbor desk.\n\nFill out the form below or email your questions, issues, or story ideas by "
                        "filling out the form below or by emailing desk@fenwick.test.")
    assert all(q.speaker is None or q.speaker.mention != "Fill" for q in ann.quotes) and ann.sources == []
    # A capitalized preposition opens no name: "From the report:" is not a speaker "From".
    ann = annotate_text("From the report: “In general, larger samples gave more accurate results.”")
    assert all(q.speaker is None or q.speaker.mention != "From" for q in ann.quotes)
    ann = annotate_text("The police cracked down on harbor gangs, officials said.")
    assert [q.speaker.mention for q in ann.quotes] == ["officials"]


def test_a_sentence_ending_in_quoted_words_before_its_attribution_is_what_was_said():
    ann = annotate_text("Tim Lee had worked for the harbor for eight years and was “a well liked colleague,” the "
                        "statement added.")
    assert [(q.kind, q.text) for q in ann.quotes] == [
        ("indirect", "Tim Lee had worked for the harbor for eight years and was “a well liked colleague,”"),
        ("partial", "“a well liked colleague,”")]
    assert {q.speaker.mention for q in ann.quotes} == {"the statement"}


def test_an_organization_named_with_alliance_is_no_person_and_an_inverted_speakers_aside_is_not_said():
    ann = annotate_text("Even the three sick goats shouldn’t cause alarm, says Dario Fenn, a director at the "
                        "Valley Health Alliance, a charity. \"A test is not an outbreak,\" he says.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("Even the three sick goats shouldn’t cause alarm", "Dario Fenn"),
        ("\"A test is not an outbreak,\"", "Dario Fenn")]


def test_a_description_opening_the_clause_before_its_cue_speaks_whatever_its_noun():
    ann = annotate_text("One reader wrote, “She barely looked up from her notes.”\n\nAnother commenter said, “We all "
                        "know how she feels about the port.”\n\n“Imagine him on that stage,” mused co-host Rita Vance.")
    assert [q.speaker.mention for q in ann.quotes] == ["One reader", "Another commenter", "co-host Rita Vance"]


def test_surnames_that_are_also_place_words_stay_names():
    for text, name in [("“We have waited ten years for this,” said Mayor Lena Park, who announced it.", "Lena Park"),
                       ("“The show goes on,” said Rosa Lake on Monday.", "Rosa Lake")]:
        assert [q.speaker.name for q in annotate_text(text).quotes] == [name], text


def test_what_follows_a_cue_is_said_unless_it_only_says_where_or_when():
    for text, said in [
        ("The plan will fail, Brandt said in a statement released by his office.", "The plan will fail"),
        ("Like other boat owners who see an upside in expanding their services, Mr. Quist said he was "
         "building a new dock.", "he was building a new dock"),
        ("On Tuesday, Lund called for a special inquiry to look into the deal.",
         "for a special inquiry to look into the deal"),
    ]:
        assert [q.text for q in annotate_text(text).quotes] == [said], text


def test_a_second_statement_joined_to_the_first_and_a_share_that_opens_its_clause():
    ann = annotate_text("Brandt said the plan would work, and added that the port would pay for the dredging.")
    assert [(q.text, q.cue.text, q.speaker.name) for q in ann.quotes] == [
        ("the plan would work", "said", "Brandt"), ("the port would pay for the dredging", "added", "Brandt")]
    ann = annotate_text("Most residents say they follow the harbor debate closely; 26 percent of voters say "
                        "they have not followed it at all.")
    assert [q.speaker.mention for q in ann.quotes] == ["Most residents", "26 percent of voters"]
    ann = annotate_text("In Fenwick, 85% of Republicans said the port favors the shipowners.")
    assert [q.speaker.mention for q in ann.quotes] == ["85% of Republicans"]
    ann = annotate_text("Even so, three-quarters of the dock workers said they were worried. Two-thirds said the port "
                        "should close. Even as some of the same officials have said they oppose the plan, it goes on.")
    assert [(q.speaker.mention, q.speaker.source_id is None) for q in ann.quotes] == [
        ("three-quarters of the dock workers", True), ("Two-thirds", True),
        ("some of the same officials", False)]  # a share of a poll is no source; some officials are


def test_people_named_by_what_they_stand_for_speak_not_what_follows_their_of():
    for text, speaker in [("Critics of the dredging say it would empty the harbor.", "Critics of the dredging"),
                          ("Supporters of Oskar Brandt say he should stay.", "Supporters of Oskar Brandt")]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # One who speaks for others: the spokesman, with whom he speaks for.
    ann = annotate_text("A spokeswoman for the Harbor and Ports Department said the divers would return on Monday.")
    assert [q.speaker.mention for q in ann.quotes] == ["A spokeswoman for the Harbor and Ports Department"]
    assert [s.kind for s in ann.sources] == ["anonymous"]
    # Nouns for people by their stance or trade are unnamed sources too (lexicons/anonymous_nouns.txt).
    ann = annotate_text("Skeptics said the wall would fail. Proponents of the wall say it will hold. Fenwick traders "
                        "also say business is poor.")
    assert [q.speaker.mention for q in ann.quotes] == ["Skeptics", "Proponents of the wall", "Fenwick traders"]
    assert {s.kind for s in ann.sources} == {"anonymous"}
    # ... or by where they work, come from or what they know.
    for text, speaker in [
        ("Still, analysts with Brandt Capital said the deal would close.", "analysts with Brandt Capital"),
        ("But researchers from Fenwick College found that the drug works.", "researchers from Fenwick College"),
        ("Scientists with experience in deep harbor dredging, however, say the wall is sound.",
         "Scientists with experience in deep harbor dredging"),
        ("Experts on harbor walls and river dredging said the flood could change that.",
         "Experts on harbor walls and river dredging"),
        # (Not people governed by a preposition, nor past a conjunction.)
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    ann = annotate_text("Ek, a pastor in Fenwick, slammed the Scouts for promoting “free trips for kids” among its "
                        "members on Monday’s installment of his weekly show, “Harbor Talk,” the Fenwick Post reported.")
    assert [(q.kind, q.speaker.mention) for q in ann.quotes] == [
        ("indirect", "Fenwick Post"), ("partial", "Fenwick Post")]
    # ... or whom a participle's phrase describes; a share of those polled; the second of two groups.
    for text, speaker in [
        ("Residents trying to reopen the harbor before the winter say the wall is sound.",
         "Residents trying to reopen the harbor before the winter"),
        ("About one in five say they would not vote.", "one in five"),
        # (of any plural noun, with what stands before the share)
        ("Nearly six in 10 riders said the ferry was late.", "Nearly six in 10 riders"),
        ("Four out of 10 deckhands said the ferry was late.", "Four out of 10 deckhands"),
        ("Seven in 10 Norlanders say the ferry was late.", "Seven in 10 Norlanders"),
        # (those left when a few are taken out)
        ("All but two said the board should act.", "All but two"),
        ("All but a handful of the rest said they had not heard of the plan.", "All but a handful of the rest"),
        # (not "all but" for "almost")
        ("Lee began by dropping to one knee, all but begging a rider who claimed to be undecided to cast her "
         "ballot for him.", "who"),
        ("Despite the feud, many traders and some officials say the port had successes.", "some officials"),
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # Whom a relative clause before the cue describes speaks, not the clause's object.
    for text, speaker in [
        ("The scientists who study it say the wall is sound.", "The scientists"),
        ("Residents who live near the harbor say the water is dirty.", "Residents"),
        # (the whole phrase with its "of", when it opens the clause)
        ("Many of the captains who work the route said they had rallied behind the plan.", "Many of the captains"),
        ("Friends of Ms. Quist who have seen her on the water say that her energy has grown.",
         "Friends of Ms. Quist"),
        # ("those", alone or a share of them, named by the clause, before a verb of speech)
        ("Those who ride the ferry every day said the crossing was too long.", "Those who ride the ferry every day"),
        ("Many of those who ride it said the crossing was too long.", "Many of those who ride it"),
        # (a share after a comma is no aside: "Of riders, 27 percent of those who ...")
        ("Of riders, 27 percent of those who named a ferry said they could be persuaded.",
         "27 percent of those who named a ferry"),
        # (Not when the clause has a subject of its own, nor in an aside after a name.)
        ("Officials who met him after he said the wall was sound were surprised.", "he"),
        ("Tom Ek, a diver for the port who works nights, said the wall is sound.", "Tom Ek"),
    ]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # (Not a phrase that is some verb's object: "makes Quip one of ...", "thanked those who", nor before a
    # verb of stance.)
    assert {speaker for _, speaker in reported("Quist thanked those who left but said the ferry was late.")} == {
        "Quist"}
    assert reported('Quist praised those who left but said, "We are in a new game."') == [
        ('"We are in a new game."', "Quist")]
    # ("those" before its noun is no one: "each of those states")
    assert said("In each of those states, about a third of Fenwick riders or less want a switch to faster boats.") == []
    assert said("Those who are more interested in speed should expect to pay a bit more.") == []
    assert said("It makes Quip one of the best ferries for people who feel rushed by crowds and just want a "
                "crossing that runs on time.") == []
    ann = annotate_text("Ek insisted that traders who refused to rule out a strike were \"plain reckless.\"")
    assert [q.speaker.mention for q in ann.quotes if q.kind == "partial"] == ["Ek"]
    # Only words, no verb, after "of": the phrase ends where the clause goes on.
    ann = annotate_text("Members of the council have come to believe the port must close.")
    assert all("have" not in q.speaker.mention for q in ann.quotes if q.speaker)


def test_a_subject_owned_or_described_before_its_name_speaks_after_a_gerund_cue():
    for text, speaker, name in [
        ("The Harbor Post’s Tom Ek gave a justification, saying it is necessary.", "The Harbor Post’s Tom Ek",
         "Tom Ek"),
        ("Band member Ivo Lund shared the news, writing that he backs her.", "Band member Ivo Lund", "Ivo Lund"),
        ("Fenwick port spokesman Ana Reyes sent an email, saying the trip was off.",
         "Fenwick port spokesman Ana Reyes", "Ana Reyes"),
        # (Words between that are no description: a verb.)
        ("Lund took down businessman Ivo Ek, saying the race was over.", "Lund", "Lund"),
    ]:
        assert [(q.speaker.mention, q.speaker.name) for q in annotate_text(text).quotes] == [(speaker, name)], text


def test_a_place_or_a_description_in_an_aside_is_not_the_speaker():
    ann = annotate_text("Maria Tolle, 29, of Fenwick, Ore., says her biggest worry is the rising river.")
    assert [q.speaker.name for q in ann.quotes] == ["Maria Tolle"]
    # A state after its city only says where the city is.
    for text, name in [
        ("Tess Marlow of Fenwick, Oregon says the river has never been so high.", "Tess Marlow"),
        ("Ivo Lund, who lost his boat in the flood in Fenwick, Oregon, in July, said the port was to blame.",
         "Ivo Lund"),
        ("Ana Reyes, who was to travel to Fenwick, Ore., on Monday, said the port would reopen.", "Ana Reyes"),
    ]:
        assert [q.speaker.name for q in annotate_text(text).quotes] == [name], text
    # A description with its place, an aside itself, before another aside: the name before them speaks.
    ann = annotate_text("Tess Marlow, a retired nurse from Fenwick, Oregon, said the river had never been so high.")
    assert [q.speaker.name for q in ann.quotes] == ["Tess Marlow"]
    ann = annotate_text("A spokesman for the Department of Ports, Peter Vale, said the review was ongoing.")
    assert [q.speaker.name for q in ann.quotes] == ["Peter Vale"]
    # An employer in the aside is not the speaker: who works there is.
    for text, speaker in [
        ("Ivo Lund, president of the Harbor Fund, a group allied with the port, said the dredging would go on.",
         "Ivo Lund"),
        ("His former partner at Lenox, Bo Cummings, said the deal was carefully built.",
         "His former partner at Lenox, Bo Cummings"),
        ("Officials at the Harbor Agency, a division of the ministry, said the dredging would go on.",
         "Officials at the Harbor Agency")]:
        assert [q.speaker.mention for q in annotate_text(text).quotes] == [speaker], text
    # Who is named after "by" or "with" in the aside stands beside the speaker.
    ann = annotate_text("Mayor Ada Ek, flanked by council members, police officers and nurses, says the plan "
                        "will halt the spread.")
    assert [q.speaker.name for q in ann.quotes] == ["Ada Ek"]
    # So does every later item of that list, each set off by its own comma.
    ann = annotate_text("The Harbor Fund, so far backed by about 350 researchers, doctors, nurses and teachers "
                        "along with 5,000 signatories from 60 countries, says the dredging will halt the flooding.")
    assert [q.speaker.mention for q in ann.quotes] == ["Harbor Fund"]


def test_whom_someone_told_is_not_what_they_said():
    for text, said in [("One resident, Jonas Ek, told reporters the town was calm.", "the town was calm"),
                       ("Lund told The Valley Courier she would stay in the race.", "she would stay in the race"),
                       ("She told him she would leave the party soon.", "she would leave the party soon")]:
        assert [q.text for q in annotate_text(text).quotes] == [said], text


def test_a_headline_reports_speech_with_a_name_and_a_colon_but_a_label_does_not():
    ann = annotate_text("Vance: harbor chief acted as 'judge and jury' on the dredging deal\n\nRita Vance, the "
                        "former port director, spoke on the radio on Sunday.")
    assert [(q.kind, q.text, q.speaker.name) for q in ann.quotes] == [
        ("indirect", "harbor chief acted as 'judge and jury' on the dredging deal", "Rita Vance")]
    for label in ("Truth: The fever did not come from the river at all.", "Update: The road is open again tonight.",
                  # (a paragraph break of spaces ends a run of capitals: no person "ELISA Truth")
                  "Myth #6: Heat lamps kill the fever ELISA   Truth: It is too soon to tell whether heat works.",
                  # ("Truth" is no misspelled "Trump")
                  "Donald Trump spoke on Monday.\n\nTruth: The fever did not come from the river at all.",
                  # (a label of the outlet's, a title in quotation marks)
                  "CLARIFICATION: The first sentence has been changed to reflect the vote.",
                  "Where to watch: Paramount+\n\n'Spinal Tap II: The End Continues'\n\nRob Reiner directed it.",
                  # (below the headline, a subheading's or a list item's label named nowhere else)
                  "The harbor grew busier.\n\nBuilding Better Harbors: The Value of Dredging Alliances\n\n"
                  "Key traits:\n\n- Tide Scanning: Monitor developments in sea walls and flood gates.",
                  # (or a list item's label naming someone the article names: below the headline, a label)
                  "The harbor staff met on Monday, Ada Quist said.\n\nWho is who:\n\n"
                  "- Ada Quist: Runs the harbor office and sets the ferry timetable each spring."):
        assert [q for q in annotate_text(label).quotes if q.cue.text == ":"] == [], label
    # A headline's title and the verb after it are no name ("Judge blocks Fenwick" citing nothing).
    ann = annotate_text("Judge blocks Fenwick harbor dredging plan, citing risk to oyster beds\n\nA state judge "
                        "ruled on Thursday.")
    assert all("blocks" not in q.speaker.mention for q in ann.quotes)


def test_plural_documents_report_what_they_show():
    ann = annotate_text("A Valley Courier average of polls shows Lund leading by 2.2 percent over Brandt.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Lund leading by 2.2 percent over Brandt", "A Valley Courier average of polls")]


def test_a_verb_of_stance_after_a_singular_noun_is_a_noun_of_its_compound():
    ann = annotate_text("Harbor news.\n\nFerry riders get free maps and round-the-clock customer support from the "
                        "harbor office. Most residents support the harbor plan.")
    assert [(q.speaker.mention, q.text) for q in ann.quotes] == [("Most residents", "the harbor plan")]


def test_charging_and_adding_report_speech_only_when_words_follow():
    ann = annotate_text("Harbor news.\n\nThe harbor board will charge $5 for parking on the quay, and riders can "
                        "add a bike for $2. Ada Quist charged that the board had hidden the costs. “We will build "
                        "it,” Tim Lee adds.")
    assert [(q.speaker.mention, q.text) for q in ann.quotes] == [
        ("Ada Quist", "the board had hidden the costs"), ("Tim Lee", "“We will build it,”")]


def test_offering_reports_speech_only_when_it_gives_words():
    ann = annotate_text("Harbor news.\n\nThe Fenwick Ferry Company offers free tickets for children and a map of the "
                        "harbor. Ada Quist offered her condolences to the families of the crew. Tim Lee offered to "
                        "debate Quist in April. Rita Vance offered the crowd an emotional assessment of the storm.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("her condolences to the families of the crew", "Ada Quist"), ("to debate Quist in April", "Tim Lee"),
        ("the crowd an emotional assessment of the storm", "Rita Vance")]


def test_a_cue_word_after_an_article_and_a_modifier_is_a_noun():
    ann = annotate_text("A neighbor referred to him as “the kindest man I have ever met in my whole life” in a "
                        "Facebook post.")
    assert {q.speaker.mention for q in ann.quotes} == {"A neighbor"}
    ann = annotate_text("The agency reports that the river is rising fast.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("the river is rising fast", "The agency")]


def test_a_title_and_what_completes_it_are_not_the_name_and_a_country_is_no_person():
    ann = annotate_text("Secretary of State Ana Lindqvist said the United Kingdom would work with its allies. "
                        "\"We remain open to talks,\" she added.")
    assert {q.speaker.name for q in ann.quotes} == {"Ana Lindqvist"}
    # A country that acts right before a pronoun is not its antecedent ("the United States ... he").
    ann = annotate_text("Lars Odin spoke after the vote. Given that the United States alone has tested many "
                        "cats, the risk was small, he said.")
    assert [q.speaker.name for q in ann.quotes] == ["Lars Odin"]


def test_an_acronym_is_an_organization_and_two_joined_by_and_speak_together():
    ann = annotate_text("The WHO said the risk was low. Truth: The CDC and the WHO have said this from the start: "
                        "washing hands is the best protection.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("WHO", "WHO"), ("CDC and the WHO", "CDC and the WHO")]
    assert {s.kind for s in ann.sources} == {"organization"}


def test_a_belief_or_stance_is_reported_only_where_no_speech_verb_is():
    ann = annotate_text("Many health experts fear that the virus will return in the winter. Marchers said they want "
                        "“justice for Ana Reyes,” but pledged to remain calm.")
    assert [(q.text, q.cue.text, q.speaker.mention) for q in ann.quotes if q.kind == "indirect"] == [
        ("the virus will return in the winter", "fear", "Many health experts"),
        ("they want “justice for Ana Reyes,”", "said", "Marchers"), ("to remain calm", "pledged", "Marchers")]
    # A speech verb later in the sentence still reports what was said.
    ann = annotate_text("Mr. Ek generally supported the council and said he did not back the new tax.")
    assert [(q.text, q.cue.text) for q in ann.quotes] == [("he did not back the new tax", "said")]


def test_a_second_cue_joined_by_and_without_a_comma_starts_the_speakers_next_statement():
    ann = annotate_text("Tom Ek said he was undergoing therapy and vowed to focus on being a better father.")
    assert [(q.text, q.cue.text, q.speaker.name) for q in ann.quotes] == [
        ("he was undergoing therapy", "said", "Tom Ek"), ("to focus on being a better father", "vowed", "Tom Ek")]
    # The next statement may open with a name ("but insists Lena Park is ...").
    ann = annotate_text("Tom Ek said people may not like the answer, but insists Lena Park is mounting an attack.")
    assert [q.text for q in ann.quotes] == ["people may not like the answer", "Lena Park is mounting an attack"]
    # Not every past participle after "and" is a cue.
    ann = annotate_text("Tom Ek said the plan was flawed and outdated by now.")
    assert [q.text for q in ann.quotes] == ["the plan was flawed and outdated by now"]


def test_verbs_of_judgement_view_and_request_report_what_their_subject_holds():
    # Four lines of the lexicon chosen from PolNeAR train (training/cue_candidates.py).
    for text, expected in (
            ("Mayor Lena Park credited the divers with saving the pier. Tom Ek prefers a smaller harbor for "
             "the town.", [("the divers with saving the pier", "credited", "Lena Park"),
                           ("a smaller harbor for the town", "prefers", "Tom Ek")]),
            ("The council decided that the port must close by spring. Investigators identified the diver as a "
             "local man.", [("the port must close by spring", "decided", "The council"),
                            ("the diver as a local man", "identified", "Investigators")]),
            ("Senator Tom Ek questioned whether the plan would survive a vote. Mayor Lena Park blamed the council "
             "for the delays.", [("whether the plan would survive a vote", "questioned", "Tom Ek"),
                                 ("the council for the delays", "blamed", "Lena Park")]),
            ("Ana Ruiz sees the pier as the heart of the town. Tom Ek sought assurances that the pier would be "
             "rebuilt by spring.", [("the pier as the heart of the town", "sees", "Ana Ruiz"),
                                    ("the pier would be rebuilt by spring", "sought", "Tom Ek")])):
        assert [(q.text, q.cue.text, q.speaker.name) for q in annotate_text(text).quotes] == expected


def test_groups_in_the_plural_and_shares_in_percent_speak():
    ann = annotate_text("Advocacy groups say the law would hurt renters. Security specialists warned that the attack "
                        "was real. Some 47% say the plan should pass.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the law would hurt renters", "Advocacy groups"), ("the attack was real", "Security specialists"),
        ("the plan should pass", "Some 47%")]
    # A share is who speaks, not a source the story leans on.
    assert {(s.name, s.kind) for s in ann.sources} == {("Advocacy groups", "organization"),
                                                       ("Security specialists", "anonymous")}


def test_a_publication_named_with_the_reports_what_comes_before_it():
    ann = annotate_text("The mayor's comments came on Sunday, The Fenwick Courier reported.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("The mayor's comments came on Sunday", "Fenwick Courier")]


def test_a_speakers_clause_after_a_dashed_aside_and_and_is_read_alone():
    ann = annotate_text("He is backing Ana Ruiz -- not me -- and he says he will do everything he can to help her.")
    assert [q.text for q in ann.quotes] == ["he will do everything he can to help her"]


def test_a_passive_cue_names_no_source_and_a_later_cue_still_does():
    ann = annotate_text("The plan was praised by Ana Ruiz, who said it would save money for the city. "
                        "Tom Ek is expected to speak at the gala on Friday. Lena Park was said to be furious.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("it would save money for the city", "who", "Ana Ruiz")]
    # A participle that does not end in -ed ("found", "held", "thought") is passive too: no one's finding.
    assert said("The tenant, 34-year-old Ada Quist, was found dead in her apartment on Harbor Street.") == []
    assert said("The new ferries are thought to be the fastest in the fleet, the mayor said.") == [
        "The new ferries are thought to be the fastest in the fleet"]


def test_reported_speech_in_a_subordinate_clause():
    ann = annotate_text("Mary Fallin vetoed the bill because she said it was unconstitutional.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("it was unconstitutional", "Mary Fallin")]
    # A condition reports nothing that was said.
    assert annotate_text("They can pass the virus on, even if they never show any symptoms of it.").quotes == []
    ann = annotate_text("Ana Ruiz spoke on the radio on Monday, in which she said she did not support the plan.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("she did not support the plan", "Ana Ruiz")]


def test_a_statement_reported_after_a_quotations_attribution_is_the_speakers_too():
    ann = annotate_text("“We feel great in every one of those states,” Tom Ek said, adding that he does not want to "
                        "offer predictions.")
    assert [(q.kind, q.text, q.speaker.name) for q in ann.quotes] == [
        ("direct", "“We feel great in every one of those states,”", "Tom Ek"),
        ("indirect", "he does not want to offer predictions", "Tom Ek")]
    assert ann.quotes[1].cue.text == "adding"
    # "who" and a cue after the attribution: "who" speaks, and stands for the quotation's speaker.
    ann = annotate_text("“Broadening the base takes some administration,” said Tom Kamin, who emphasized that the "
                        "proposals would simplify returns.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes][1:] == [
        ("the proposals would simplify returns", "who", "Tom Kamin")]
    assert len(ann.sources) == 1
    # (not before a plural: "That voters said it matters is clear" is a clause's "that")
    assert reported("That voters said it matters is clear.") == [("it matters is clear", "voters")]
    # ", though she added that ...": a pronoun that stands for the quotation's speaker, and a cue.
    ann = annotate_text("“The delay hurts us a little,” said harbor chief Ada Quist, though she added that she "
                        "expected the row to fade quickly.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes][1:] == [
        ("she expected the row to fade quickly", "she", "Ada Quist")]
    assert len(ann.sources) == 1
    # (not before a plural: "That voters said it matters is clear" is a clause's "that")
    assert reported("That voters said it matters is clear.") == [("it matters is clear", "voters")]


def test_which_after_an_organization_speaks_for_it():
    ann = annotate_text("The order came after a request by The Fenwick Times, which argued that the files were a "
                        "matter of public interest.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("the files were a matter of public interest", "which", "Fenwick Times")]
    assert [(s.name, s.kind) for s in ann.sources] == [("Fenwick Times", "organization")]


def test_what_a_relative_clause_reports_ends_where_the_sentence_goes_on():
    ann = annotate_text("One former staffer, who said he left on good terms, was intimidated by the letter.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("he left on good terms", "who", "One former staffer")]


def test_a_group_opening_the_sentence_and_an_adverb_before_the_speaker():
    ann = annotate_text("People briefed on the move said that it reflected a crisis. Still, even Mr. Tom Ek says "
                        "there is good reason for the delay.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("it reflected a crisis", "People briefed on the move"),
        ("there is good reason for the delay", "Mr. Tom Ek")]


def test_speakers_around_an_aside_between_dashes_and_before_whom_they_told():
    ann = annotate_text("Democrats — and some Republicans — say that the plan outweighs any gains. He had been "
                        "completing his second year, a school spokesman told The Fenwick Times.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the plan outweighs any gains", "Democrats"), ("He had been completing his second year", "a school spokesman")]


def test_a_cue_that_reports_nothing_gives_way_to_the_next_one():
    ann = annotate_text("But Mr. Tom Ek, a Republican who described himself as a religious Catholic, said he recoiled "
                        "when the attacks began.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("he recoiled when the attacks began", "Tom Ek")]


def test_reported_speech_after_where_and_a_source_dated_by_its_year():
    ann = annotate_text("Ana Ruiz has spent weeks in Fenwick, where she says she can win if turnout is strong. As "
                        "another Pew study from 2011 noted, the average age of voters there was 44.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("she can win if turnout is strong", "she"), ("the average age of voters there was 44", "another Pew study")]


def test_a_name_in_an_aside_after_one_of_a_group_speaks():
    ann = annotate_text("One of his advisers, Tad Devine, told reporters that he would leave it to others to judge.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("he would leave it to others to judge", "Tad Devine")]


def test_a_cue_word_followed_by_a_verb_is_a_noun():
    for text in ("Rust Belt states have suffered intensely from the loss of good manufacturing jobs.",
                 "Each state has a distinct electorate and a history of its own."):
        assert annotate_text(text).quotes == []
    # After a pronoun it is the verb of a relative clause: "the economy that he says is rigged".
    ann = annotate_text("Sanders rallied young people with his calls to end the “rigged economy” that he says is "
                        "maintained by a corrupt campaign-finance system.")
    assert [(q.text, q.cue.text) for q in ann.quotes] == [
        ("“rigged economy”", "says"), ("that he says is maintained by a corrupt campaign-finance system", "says")]


def test_a_plain_description_may_hold_hyphenated_words():
    ann = annotate_text("The self-described democratic socialist said he would win the primary if turnout were high.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("he would win the primary if turnout were high", "The self-described democratic socialist")]


def test_a_reflexive_after_the_speaker_only_insists():
    ann = annotate_text("Ana Ruiz herself said the deal was on for the next year.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("the deal was on for the next year", "Ana Ruiz")]


def test_a_poll_share_named_again_in_an_aside_speaks():
    ann = annotate_text("A third of independents, 33%, say they feel that way about the race. Each side said the "
                        "other would be to blame.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("they feel that way about the race", "A third of independents"), ("the other would be to blame", "Each side")]


def test_poll_shares_out_of_ten_and_groups_followed_by_overall_speak():
    ann = annotate_text("Nearly nine out of 10 say they will need new skills. Nearly eight in 10 Democratic voters "
                        "overall said they have made up their mind.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("they will need new skills", "Nearly nine out of 10"),
        ("they have made up their mind", "Nearly eight in 10 Democratic voters")]
    # Out of a number that is a determiner too ("four"): the share is one in four, not four voters.
    ann = annotate_text("Harbor poll\n\nOne in four voters said the ferry should stop. Two out of three residents "
                        "said it should run.")
    assert [(q.speaker.mention, q.speaker.source_id) for q in ann.quotes] == [
        ("One in four voters", None), ("Two out of three residents", None)]


def test_a_poll_named_after_in_reports_the_rest_of_its_sentence():
    ann = annotate_text("In the Fenwick Times poll, Ruiz's lead over Ek remained in double digits. Ana Ruiz held a "
                        "12-point lead among young voters in a Marist survey. Ek campaigned in the town hall.")
    assert [(q.text, q.speaker.mention, q.cue.text) for q in ann.quotes] == [
        ("Ruiz's lead over Ek remained in double digits", "the Fenwick Times poll", "In"),
        ("Ana Ruiz held a 12-point lead among young voters", "a Marist survey", "in")]
    assert {s.kind for s in ann.sources} == {"document"}


def test_a_relative_clause_that_reports_nothing_leaves_the_sentences_own_stance():
    ann = annotate_text("Tom Ek, who declined to comment, fears that the plan will fail in the council. The union, "
                        "which posted on Facebook, opposes the plan to rebuild the pier by spring.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the plan will fail in the council", "Tom Ek"), ("the plan to rebuild the pier by spring", "The union")]


def test_a_poll_labelling_a_headline_reports_it():
    ann = annotate_text("Poll: Three battleground Senate races are tight in Ohio and Florida.\n\nUpdate: the council "
                        "will vote on Monday night.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Three battleground Senate races are tight in Ohio and Florida", "Poll")]


def test_a_speaker_inside_a_relative_clause_or_between_commas_reports_it():
    ann = annotate_text("The donor list, which the campaign says includes two million names, is an asset. There was a "
                        "surge of new voters, which Democrats say could be aiding Ana Ruiz. This race, he says, is "
                        "different from the last one.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("which the campaign says includes two million names", "the campaign"),
        ("which Democrats say could be aiding Ana Ruiz", "Democrats"),
        ("This race, he says, is different from the last one", "he")]


def test_an_adjective_of_stance_after_be_reports_a_belief():
    ann = annotate_text("Many vets are concerned that testing pets would take supplies from people.")
    assert [(q.text, q.cue.text, q.speaker.mention) for q in ann.quotes] == [
        ("testing pets would take supplies from people", "concerned", "Many vets")]


def test_documents_in_the_plural_and_joined_by_and_make_a_claim_together():
    ann = annotate_text("Thousands of social media posts and several videos are spreading false claims that garlic "
                        "cures the flu.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("garlic cures the flu", "Thousands of social media posts and several videos")]
    assert ann.claims[0].claimant.mention == "Thousands of social media posts and several videos"


def test_a_cue_in_a_clause_describing_the_subject_reports_nothing_of_what_follows():
    # "tweeted" describes the article; "was penned by ..." is the sentence's own verb, not what he tweeted.
    text = ("The article Mr. Zhao tweeted was penned by a regular contributor, Larry Romanoff, who "
            "reiterates his claim that the virus came from the United States.")
    quotes = [(q.text, q.speaker.name) for q in annotate_text(text).quotes]
    assert quotes == [("the virus came from the United States", "Larry Romanoff")]


def test_though_whereas_and_although_open_a_second_speakers_clause():
    text = ("Mr. Clinton's history is a legitimate criticism, Carly Fiorina said, though Ben Carson said he "
            "doubted voters would care. Ann Lee said the bill would pass, whereas Tom Ek said it would fail.")
    quotes = [(q.text, q.speaker.name) for q in annotate_text(text).quotes]
    assert ("he doubted voters would care", "Ben Carson") in quotes
    # The first clause's content ends before its own attribution, not where the second clause opens.
    assert ("Mr. Clinton's history is a legitimate criticism", "Carly Fiorina") in quotes
    assert ("the bill would pass", "Ann Lee") in quotes
    assert ("it would fail", "Tom Ek") in quotes


def test_a_number_with_thousands_separators_is_one_word_and_no_speaker():
    from newsdigest.annotate.tokens import tokenize

    assert [t.text for t in tokenize("2,000 people, 1,000,000 votes; in 2015, 46 said")] == [
        "2,000", "people", ",", "1,000,000", "votes", ";", "in", "2015", ",", "46", "said"]
    text = ("She greeted 2,000 supporters at a rally late Saturday in Houston and told them that together they "
            "would build ladders of opportunity.")
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("together they would build ladders of opportunity", "She")]


@settings(max_examples=300, deadline=None)
@given(text_pieces)
def test_each_token_stands_where_the_text_has_it(text):
    """Tokens are found as strings and placed by searching the text: each must be where the pattern matched."""
    from newsdigest.annotate.tokens import _TOKEN, tokenize

    tokens = tokenize(text)
    assert [t.start for t in tokens] == [m.start() for m in _TOKEN.finditer(text)]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_a_phrase_of_place_or_time_before_a_name_is_not_the_speakers_description():
    text = ("At a June campaign event in Ohio, Brenda Johnson railed against immigrants, and explained how much "
            "it upset her to hear them speak other languages.")
    assert all(not q.speaker.mention.startswith("At") for q in annotate_text(text).quotes if q.speaker)
    text = "On Thursday evening Hillary Clinton delivered her speech, seeking to prove her credentials to voters."
    assert [q.speaker.mention for q in annotate_text(text).quotes] == ["Hillary Clinton"]


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = ("Is Sanders finally connecting with minority voters?\n\n"
            "Bernie Sanders first came to California ten months ago. \u201cWe are going to win here,\u201d "
            "Sanders said. Does Marco Rubio agree? \u201cNo,\u201d Rubio said. Will Rogers, a voter, "
            "said he was not sure. It is early and nobody does polls here, he said.")
    names = {q.speaker.name for q in annotate_text(text).quotes if q.speaker}
    assert {"Bernie Sanders", "Marco Rubio", "Will Rogers"} <= names
    assert not any(name.startswith(("Is ", "Does ")) for name in names)


def test_an_auxiliary_in_a_title_case_headline_is_not_part_of_the_speakers_name():
    text = "Rick Perry Just Said Trump Is A Cancer On Conservatism. \u201cHe is a cancer,\u201d George Will wrote."
    assert [q.speaker.mention for q in annotate_text(text).quotes] == ["Rick Perry", "George Will"]


def test_a_clause_before_the_cue_is_not_a_description_of_who_spoke():
    text = ("After the mayor was elected, a celebratory event was held called Politics and Pies, at which the "
            "attendees expressed their support for the candidate. The leaders were expected to discuss the "
            "battle against the Islamic State.")
    mentions = [q.speaker.mention for q in annotate_text(text).quotes if q.speaker]
    assert not any(" was " in m or " were " in m or m.endswith(" to") for m in mentions), mentions


def test_a_stance_verbs_short_infinitive_does_not_hand_the_sentences_opening_to_it():
    # "But so far" is not what the president refused: "to leave" is, too short to report.
    text = "But so far, the president has refused to leave. The plan will work, a spokesman said to reporters."
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("The plan will work", "a spokesman")]


def test_a_wire_storys_credit_line_reports_nothing():
    text = ("The court ruled on Monday. (Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; "
            "Editing by Will Dunham.)")
    assert annotate_text(text).quotes == []


def test_who_before_the_speaker_opens_what_the_speaker_says_of_its_antecedent():
    text = ("Trump's beef with Fox News was aimed at co-moderator Megyn Kelly, who he claims has been unfair "
            "to him. Canova attacked Wasserman Schultz, whom many progressives believed was tilting the primary.")
    quotes = [(q.text, q.speaker.mention) for q in annotate_text(text).quotes]
    assert ("who he claims has been unfair to him", "he") in quotes
    assert ("whom many progressives believed was tilting the primary", "many progressives") in quotes


def test_a_verb_of_speech_used_as_a_noun_after_an_article_and_a_modifier_reports_nothing():
    text = ("Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said he would welcome Cruz. "
            "During a press call with reporters, the Sanders campaign said it would assess its options.")
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("he would welcome Cruz", "Sen. Chuck Grassley"),
        ("it would assess its options", "the Sanders campaign")]
    # After a plural it is the verb: "the Saudis state".
    text = "“The kingdom fights terrorism,” the Saudis state in the white paper."
    assert [q.speaker.mention for q in annotate_text(text).quotes] == ["Saudis"]


def test_a_cue_word_in_a_compound_noun_or_a_plural_after_a_number_reports_nothing():
    text = ("He is campaigning in Massachusetts and Vermont. The two states hold primaries on March 1. "
            "Bob Friedman, a talk show host at the oldest black-owned radio station in Alabama, said that he "
            "noticed the shift after Iowa. "
            "The so called Implementation Initiative was called by the party to force the government to act.")
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("he noticed the shift after Iowa", "Bob Friedman")]


def test_a_cue_word_after_a_preposition_or_a_possessive_and_a_modifier_is_a_noun():
    text = ("Weeds cover what was once the Mizner Trail Golf Club, its decrepit state emblematic of the fate of "
            "hundreds of golf courses. Repeatedly, the complex filled with chants for the two, with signs of "
            "\u201cWelcome home, Joe!\u201d shooting into view.")
    assert all(q.speaker is None for q in annotate_text(text).quotes)
    # A capitalized "From" is a name: "Al From said".
    text = "Al From agreed that economic inequality was not the flashpoint during those years."
    assert [q.speaker.name for q in annotate_text(text).quotes] == ["Al From"]


def test_press_and_view_as_nouns_report_nothing():
    text = ("Jay Carney, a former press secretary for Mr. Obama, is now senior vice president at Amazon. "
            "The grim view of the political climate comes as Americans experience heightened anxieties.")
    assert annotate_text(text).quotes == []


def test_a_long_opening_phrase_before_the_speaker():
    text = ("Asked at a briefing Monday in Washington about Suu Kyi's future role, White House press secretary "
            "Josh Earnest said the Nobel Peace Prize winner has been a powerful voice for reform in Burma.")
    assert [(q.text, q.speaker.name) for q in annotate_text(text).quotes] == [
        ("the Nobel Peace Prize winner has been a powerful voice for reform in Burma", "Josh Earnest")]


def test_a_lowercase_description_after_an_inverted_cue_runs_into_the_name_that_speaks():
    text = ("\u201cNobody wants to vote for it,\u201d said pollster Frank Luntz. \u201cWe will appeal,\u201d said "
            "spokesman Todd Mesek. \u201cIt is a key issue,\u201d said former secretary of state Hillary Clinton, "
            "who praised the plan.")
    assert [q.speaker.name for q in annotate_text(text).quotes if q.kind == "direct"] == [
        "Frank Luntz", "Todd Mesek", "Hillary Clinton"]


def test_a_cue_in_its_base_form_stands_before_its_speakers_after_a_comma_or_a_quotation_only():
    assert reported("A calmer Ada Quist may not be such a bad thing, say some captains.") == [
        ("A calmer Ada Quist may not be such a bad thing", "some captains")]
    assert reported("\u201cThe ferry is late,\u201d say the captains.") == [
        ("\u201cThe ferry is late,\u201d", "the captains")]
    assert reported("Fares will rise, argue critics of the board.") == [("Fares will rise", "critics")]
    # (No comma before it: what follows is its object, or its own clause's subject.)
    assert said("You could say I got used to the ferry.") == []
    assert all("riders" not in speaker for _, speaker in reported(
        "The captain sent Tim Lee to warn the riders and the crew that the pier was unsafe."))


def test_two_spellings_of_one_name_against_two_names():
    from newsdigest.annotate.people import similar

    assert similar("Zelensky", "Zelenskyy") and similar("Zelensky", "Zelenksy")  # one person, misspelled
    assert similar("Trump's", "Trump") and similar("Clinton\u2019s", "Clinton")  # a possessive
    assert not similar("Kirby", "Kerry") and not similar("Tripp", "Trump") and not similar("Barden", "Biden")
    text = ("Secretary Kerry spoke on Monday. \u201cWe will continue to support the staff,\u201d said spokesman "
            "John Kirby. \u201cIt was a good meeting,\u201d Kirby said.")
    assert {q.speaker.name for q in annotate_text(text).quotes} == {"John Kirby"}


def test_a_headline_or_a_title_run_into_a_name_is_not_the_persons_full_name():
    text = ("Gold Star Mom Corners Obama\n\nA mother asked the president about terror. \u201cThere is no doubt,\u201d "
            "Obama said. Washington Political Editor Matthew Boyle wrote that the exchange was tense.")
    assert [q.speaker.name for q in annotate_text(text).quotes if q.kind != "indirect"] == ["Obama"]
    assert "Matthew Boyle" in {q.speaker.name for q in annotate_text(text).quotes}


def test_a_country_or_a_state_that_speaks_is_its_government_not_a_person():
    ann = annotate_text("Russia said the sanctions were illegal. Texas argued in court that the rule was unlawful.")
    assert {(q.speaker.mention, s.kind) for q in ann.quotes for s in ann.sources if s.id == q.speaker.source_id} == {
        ("Russia", "organization"), ("Texas", "organization")}


def test_a_pronoun_or_a_title_never_stands_for_a_country_or_a_state():
    text = ("Joe Biden arrived on Monday to campaign before the primary. New Hampshire votes next week. "
            "He said the state would decide the race.")
    assert [q.speaker.name for q in annotate_text(text).quotes] == ["Joe Biden"]


def test_a_states_abbreviation_is_no_person_a_pronoun_could_stand_for():
    text = ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said it was "
            "moving.\n\n\u201cThese are the stories that nobody knows,\u201d she said.")
    ann = annotate_text(text)
    assert [q.speaker.name for q in ann.quotes if q.kind == "direct"] == ["Donna Sampson Rawlings"]
    assert not any(s.kind == "person" and s.name == "Md." for s in ann.sources)


def test_a_name_after_a_or_an_qualifies_someone_else_and_is_no_antecedent():
    # "a Red Cross volunteer", "an Ada Quist supporter": the pronoun after stands for the person so described.
    for described in ("a Red Cross volunteer", "a Goldman Sachs analyst", "an Ada Quist supporter"):
        text = (f"Shelters were full by nine, said Holly Ek, {described}.\n\n"
                "\u201cPeople are coming in with nothing,\u201d she said.")
        assert [q.speaker.name for q in annotate_text(text).quotes] == ["Holly Ek", "Holly Ek"], described


def test_an_it_that_speaks_is_the_name_that_spoke_before_when_no_person_bears_it():
    text = ("The Red Cross said the shelters were full by nine.\n\n"
            "\u201cPeople are coming in with nothing,\u201d it said.")
    ann = annotate_text(text)
    assert [q.speaker.name for q in ann.quotes] == ["Red Cross", "Red Cross"]
    assert [(s.name, s.kind, s.quote_count) for s in ann.sources] == [("Red Cross", "organization", 2)]
    # Not a person's name: an "it" stands for no one named Holly, nor past her to the name before.
    for before in ("Holly Ek said the shelters were full.",
                   "The Red Cross said the shelters were full. Holly Ek, a nurse, said the beds were gone."):
        quotes = annotate_text(f"{before}\n\n\u201cPeople are coming in with nothing,\u201d it said.").quotes
        assert quotes[-1].speaker.name == "", before


def test_a_name_after_its_cue_is_the_subject_a_pronoun_in_the_next_sentence_stands_for():
    text = ("Gov. Rita Vance declared an emergency. \u201cWe will rebuild,\u201d Vance said.\n\n"
            "The shelters were full by nine, said Holly Ek, who runs the one at Fenwick High.\n\n"
            "\u201cPeople are coming in with nothing,\u201d she said.")
    assert annotate_text(text).quotes[-1].speaker.name == "Holly Ek"
    # Not a name in what was said after the cue.
    text = ("Gov. Rita Vance declared an emergency. \u201cWe will rebuild,\u201d Vance said.\n\n"
            "Holly Ek, who runs the shelter at Fenwick High, said Ada Quist and her crew had sent more cots.\n\n"
            "\u201cPeople are coming in with nothing,\u201d she said.")
    assert annotate_text(text).quotes[-1].speaker.name == "Holly Ek"


def assert_one_organization_reports(sentence: str, name: str) -> None:
    """The sentence of harbor news is a report with a partial quotation inside, both the organization's."""
    ann = annotate_text(f"Harbor news\n\n{sentence}")
    assert [(q.kind, q.speaker.name) for q in ann.quotes] == [("indirect", name), ("partial", name)]
    assert [(s.name, s.kind) for s in ann.sources] == [(name, "organization")]


def test_a_business_named_with_and_speaks_as_one_organization_and_its_partial_quotation_is_its_own():
    assert_one_organization_reports("Fenwick Power and Light said in a statement that it was \u201ccooperating "
                                    "fully\u201d with investigators.", "Fenwick Power and Light")
    # Two people named together stay two.
    text = "Harbor news\n\nAda Quist and Tim Lee met on Monday. Quist and Lee said the ferry would run."
    assert [s.name for s in annotate_text(text).sources] == ["Ada Quist", "Tim Lee"]


def test_an_agency_speaks_by_its_whole_name_with_of_and_whose_it_is():
    assert reported("The fire was 5 percent contained, the state Department of Forestry said.") == [
        ("The fire was 5 percent contained", "state Department of Forestry")]
    assert reported("The fire was 5 percent contained, the city Planning Commission said on Monday.") == [
        ("The fire was 5 percent contained", "city Planning Commission")]
    for agency in ("the Department of Forestry", "the state Department of Forestry", "the Fenwick Bureau of Ports"):
        assert reported(f"The fire was 5 percent contained, according to {agency}.") == [
            ("The fire was 5 percent contained", agency)]


def test_a_subject_after_a_participle_clause_or_after_according_to_is_the_pronoun_s_antecedent():
    text = ("Marco Reyes said the sentence was fair. Pete Olsson, speaking briefly before the sentence was handed "
            "down, apologized to the court. \u201cI am ashamed,\u201d he said.")
    assert annotate_text(text).quotes[-1].speaker.name == "Pete Olsson"
    text = ("\u201cNo official is above the law,\u201d Rita Vance said. The commission has since changed its rules, "
            "according to its chairwoman, Holly Ek. \u201cWe have closed the doors he walked through,\u201d she said.")
    assert annotate_text(text).quotes[-1].speaker.name == "Holly Ek"


def test_an_unnamed_source_s_reason_in_the_sentence_after_describes_it():
    assert description("The talks nearly collapsed on Thursday, two diplomats said. They spoke on condition of "
                       "anonymity because they were not authorized to discuss the talks.") == (
        "spoke on condition of anonymity because they were not authorized to discuss the talks")
    assert description("The ferry will be sold, a harbor official said. She asked not to be named because the sale "
                       "is private.") == "asked not to be named because the sale is private"
    # Only a pronoun for the source, of its number, and a reason for anonymity.
    assert description("The talks nearly collapsed, two diplomats said. He spoke on condition of anonymity.") == ""
    assert description("The talks nearly collapsed, two diplomats said. They spoke on Thursday.") == ""


def test_a_name_after_what_it_is_speaks_by_its_name():
    assert_one_organization_reports("Its biggest backer, the venture firm Northgate Partners, said it remained "
                                    "\u201cfully committed\u201d to the company.", "Northgate Partners")
    [quote] = annotate_text("Harbor news\n\nThe deal was done, the venture firm Northgate Partners said.").quotes
    assert (quote.text, quote.speaker.mention, quote.speaker.name) == (
        "The deal was done", "the venture firm Northgate Partners", "Northgate Partners")
    assert [q.speaker.name for q in annotate_text("Harbor news\n\nIts lawyer, the firm Quist Partners, said the "
                                                  "deal was done.").quotes] == ["Quist Partners"]
    # Not over a sentence's end: "the coastal states. Spokeswoman Holly Ek" is her alone.
    text = ("Harbor news\n\nThe harbor board says it will send inspectors to the coastal states. Spokeswoman Holly "
            "Ek says the board has \u201calways worked lean.\u201d")
    assert [q.speaker.mention for q in annotate_text(text).quotes][-2:] == ["Spokeswoman Holly Ek"] * 2
    # After its cue too, when the name ends the clause.
    [quote] = annotate_text("Harbor news\n\nThe deal was done, said the investor Tim Lee.").quotes
    assert (quote.speaker.mention, quote.speaker.name) == ("the investor Tim Lee", "Tim Lee")
    [quote] = annotate_text("Harbor news\n\nAda Quist ran for mayor. The deal was done, said a prominent Fenwick "
                            "Party committee member who supports Ada Quist.").quotes
    assert quote.speaker.name != "Ada Quist"
    # Not a place after a preposition in the description: "the government in Oslo" is the government.
    [quote] = annotate_text("Harbor news\n\nAfter years of delays, the government in Oslo finally "
                            "acknowledged the costs and ordered limits on new ferries.").quotes
    assert quote.speaker.mention == "the government"


def test_what_a_stance_verb_in_a_perfect_takes_follows_it():
    # "a step parents have sought": the clause before is the writer's, no one's report.
    assert said("The agency approved the pill on Monday, a step parents and doctors have sought for years.") == []
    assert reported("The ferry will run again, Tim Lee has said.") == [("The ferry will run again", "Tim Lee")]
    # An outlet's finding is its report.
    assert reported("The mayor sold the pier, the Fenwick Courier has learned.") == [
        ("The mayor sold the pier", "Fenwick Courier")]


def test_a_headline_s_bare_company_noun_is_the_organization_the_story_names():
    for headline, named in (("Hackers stole data on 3 million customers, bank says", "Fenwick Bank said"),
                            ("Ferry fares to rise 10 percent, company says", "Fenwick Ferries said")):
        ann = annotate_text(f"{headline}\n\n{named} Thursday that it would act soon.")
        assert [(s.name, s.kind, s.quote_count) for s in ann.sources] == [
            (named.removesuffix(" said"), "organization", 2)]
        assert len({q.speaker.source_id for q in ann.quotes}) == 1
    # Not one the noun does not fit, nor a description.
    ann = annotate_text("Fares to rise, union says\n\nFenwick Ferries said Thursday that fares would rise.")
    assert [s.name for s in ann.sources] == ["union", "Fenwick Ferries"]
    ann = annotate_text("Fares to rise, union says\n\nThe local union said Thursday that fares would rise.")
    assert len(ann.sources) == 2


def test_a_speaker_after_remember_that_says_the_rest_of_the_sentence():
    # "that" after "remember" opens a clause of fact, whose subject says what follows.
    text = "Anyone expecting a quick change should remember that social scientists say personality is stable after 30."
    [quote] = annotate_text(text).quotes
    assert (quote.speaker.mention, text[quote.span[0]:quote.span[1]]) == (
        "social scientists", "personality is stable after 30")


def test_a_dash_or_semicolon_opens_a_new_speakers_clause():
    for mark in (" -", " \u2014", ";"):
        text = (f"The mayor is seen as more capable than her rival{mark} 60 percent of voters said the mayor "
                "would handle the budget better.")
        [quote] = annotate_text(text).quotes
        assert (quote.speaker.mention, text[quote.span[0]:quote.span[1]]) == (
            "60 percent of voters", "the mayor would handle the budget better"), mark


def test_the_ledes_claims_are_key_before_higher_scores_further_down():
    vote, refusal = "The council voted 5-2 on Monday to close the harbor to cargo ships.", \
        "The mayor has refused to reopen the harbor."
    lede = f"{vote} {refusal}"
    rest = " ".join(f"The port handled {n} million tons of cargo in {2000 + n}, up {n} percent from the year before."
                    for n in range(1, 11))
    ann = annotate_text(lede + "\n\n" + rest)
    key = [c.text for c in ann.claims if c.key]
    assert len(key) == 3  # one key claim per four sentences, at least three
    assert key[:2] == [vote, refusal]
    assert all(c.score < 0.9 for c in ann.claims[:2]) and all(c.score > 0.9 for c in ann.claims[2:])


def test_polling_is_a_document_that_shows_findings():
    ann = annotate_text("Recent polling shows that the senator's lead is roughly equivalent to her lead last spring.")
    [quote] = ann.quotes
    assert quote.speaker.mention == "Recent polling"
    assert [(s.name, s.kind) for s in ann.sources] == [("Recent polling", "document")]


def test_a_document_then_when_it_came_out_reports_its_finding():
    text = ("A Monmouth poll out Monday showed the mayor with a healthy lead over her rival. "
            "The report published on Tuesday showed that most meetings were with donors.")
    assert [(q.speaker.mention, text[q.span[0]:q.span[1]]) for q in annotate_text(text).quotes] == [
        ("A Monmouth poll out Monday", "the mayor with a healthy lead over her rival"),
        ("The report published on Tuesday", "most meetings were with donors")]
    # ... or who holds it: the document speaks, not the one who obtained it.
    text = ("Documents obtained by The Fenwick Post show that the port knew of the leak. A copy of the memo "
            "seen by Reuters said divers were unable to find the hull.")
    assert [q.speaker.mention for q in annotate_text(text).quotes] == ["Documents obtained by The Fenwick Post",
                                                                       "the memo seen by Reuters"]
    # ... or how it came to be: "filed" is no verb of the document's own.
    [quote] = annotate_text("Harbor news\n\nA court document filed Thursday says that the harbor master will not "
                            "be charged.").quotes
    assert (quote.speaker.mention, quote.cue.text) == ("A court document filed Thursday", "says")
    # (only a word of how it came out, lexicons/publication_words.txt: "levied" is no such word, and "which"
    # after a document's agent stands for the agent)
    assert reported("Records compiled by the Harbor Trust show that the pier was never inspected.") == [
        ("the pier was never inspected", "Records compiled by the Harbor Trust")]
    [quote] = annotate_text("Harbor news\n\nQuay Ferries is appealing a $14 million tax bill levied by the Norland "
                            "Union, which said Fenwick undertaxed the company.").quotes
    assert quote.speaker.name == "Norland Union"


def test_what_was_said_ends_before_a_closing_dash_aside():
    for text, said in (
            ("The chief said officers were searching for another man - a suspect with an outstanding warrant.",
             "officers were searching for another man"),
            ("The chief said officers \u2014 two of them rookies \u2014 were searching for another man.",
             "officers \u2014 two of them rookies \u2014 were searching for another man")):
        [quote] = annotate_text(text).quotes
        assert text[quote.span[0]:quote.span[1]] == said


def test_an_embedded_post_is_its_author_s_direct_quote_and_its_signature_no_claim():
    text = ("The council met on Thursday evening.\n\n"
            "The harbor vote is a disgrace. We will take the \u201cso-called reform\u201d to court by June. "
            "pic.twitter.com/Qx1\n\n"
            "\u2014 Ada Quist 阿达 (@adaquist) March 12, 2026\n\n"
            "The council did not reply.")
    ann = annotate_text(text)
    [post] = [q for q in ann.quotes if q.kind == "direct"]
    assert post.text.startswith("The harbor vote") and post.text.endswith("pic.twitter.com/Qx1")
    assert (post.speaker.mention, post.speaker.name, post.cue.text) == ("Ada Quist", "Ada Quist", "\u2014")
    assert [s.name for s in ann.sources] == ["Ada Quist"] and ann.sources[0].kind == "person"
    # The post's quoted words are the post's, and its claims its author's; the signature is none.
    assert [q.kind for q in ann.quotes] == ["direct"]
    assert {c.claimant.name for c in ann.claims if c.span[0] >= post.span[0] and c.span[1] <= post.span[1]} \
        == {"Ada Quist"}
    assert not [c for c in ann.claims if "@adaquist" in c.text]
    # In one paragraph with what comes before it, the post is at most a post's length of sentences.
    lead = "The council met on Thursday evening, heard the harbor master, the port's lawyers and forty residents " \
           "of the north quay, and voted five to four after midnight to sell the old pier and its sheds to a " \
           "developer from the capital."
    flat = text.replace("The council met on Thursday evening.", lead).replace("\n\n", " ")
    [post] = [q for q in annotate_text(flat).quotes if q.kind == "direct"]
    assert post.text.startswith("The harbor vote") and post.speaker.name == "Ada Quist"
    # An organization signs as one; a dash and a name without a handle and date sign nothing.
    ann = annotate_text("Budget passes, 5 to 4. \u2014 Fenwick Courier (@courier.bsky.social) March 13, 2026")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("Budget passes, 5 to 4.", "Fenwick Courier")]
    assert not [q for q in annotate_text("The vote was close \u2014 Ada Quist, the mayor, lost.").quotes
                if q.kind == "direct"]


def test_a_transcript_s_turns_are_their_speakers_direct_quotes_and_its_journalists_turns_the_story():
    text = ("Fenwick's teachers are getting help from plumbers.\n\n"
            "ADA QUIST, HOST:\n\nThe council votes today.\n\n"
            "TESS MARLOW, BYLINE: Most people chanting here are teachers, like Rosie Curts. She says the vote "
            "will hurt schools.\n\n"
            "UNIDENTIFIED PERSON #1: Yeah.\n\n"
            "ROSIE CURTS: The bill would cut $40 million from the state budget for schools next year. They never "
            "listen. I'm worried about next year.\n\n"
            "MARLOW: Curts says the union will march again on Friday.\n\n"
            "CURTS: We will be back.")
    ann = annotate_text(text)
    direct = [(q.text, q.speaker.name, q.cue.text) for q in ann.quotes if q.kind == "direct"]
    assert direct == [("Yeah.", "unidentified person #1", ":"),
                      ("The bill would cut $40 million from the state budget for schools next year. They never "
                       "listen. I'm worried about next year.", "Rosie Curts", ":"),
                      ("We will be back.", "Rosie Curts", ":")]
    # The reporter's turns are the story: what they report is read as in any story, and they speak for no one.
    # (A speaker's "I'm worried about ..." inside their own turn is theirs.)
    indirect = [(q.text, q.speaker.name) for q in ann.quotes if q.kind == "indirect"]
    assert indirect == [("the vote will hurt schools", "Rosie Curts"), ("about next year", "Rosie Curts"),
                        ("the union will march again on Friday", "Rosie Curts")]
    assert {s.name for s in ann.sources} == {"unidentified person #1", "Rosie Curts"}
    assert [s.kind for s in ann.sources if s.name == "unidentified person #1"] == ["anonymous"]
    # No claim holds a label, and "Yeah." alone is none.
    assert not [c for c in ann.claims if ":" in c.text or c.text == "Yeah."]
    assert [c.claimant.name for c in ann.claims if c.text.startswith("The bill would cut")] == ["Rosie Curts"]
    # One labelled paragraph is no transcript ("UPDATE:" labels nothing said).
    one = annotate_text("UPDATE: The council voted to sell the pier on Monday.\n\nThe sale closes in June.")
    assert not [q for q in one.quotes if q.kind == "direct"]


def test_a_quantifier_or_conjunction_opening_a_sentence_is_no_name_and_i_m_is_a_pronoun():
    ann = annotate_text("Most people chanting here are teachers, like Rosie Curts. She says the vote will hurt "
                        "schools.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [("She", "Rosie Curts")]
    text = ("Michael Mrazek is a professor. Mrazek says both drugs work. \u201cNeither MBSR or escitalopram "
            "eliminated participants' anxiety, and it's possible that combining them helps,\u201d he says.")
    assert {q.speaker.name for q in annotate_text(text).quotes} == {"Michael Mrazek"}
    # An "I" (here "I'm") outside quotation marks is the writer, not the person last named: no source,
    # and what the writer asserts is the outlet's own. It is shown as "the writer", not as "I".
    ann = annotate_text("Ada Quist chairs the union.\n\nI mean, it is scary. I'm not worried about the classroom "
                        "management aspect of it, and I know the union will cut $40 million from the budget.")
    assert ann.quotes and all((q.speaker.name, q.speaker.source_id) == ("the writer", None) for q in ann.quotes)
    assert not ann.sources and all(c.claimant is None for c in ann.claims)


def test_the_writer_s_aside_it_is_worth_noting_reports_nobody():
    ann = annotate_text("It's worth noting that adherence was higher for the drug. It is important to note that the "
                        "study was small. Lima noted that the study was small.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("the study was small", "Lima")]


def test_a_document_opening_a_sentence_before_its_cue_is_a_document_and_no_opens_no_name():
    ann = annotate_text("Video shows that Crutcher had his hands in the air. No doubt, companies in the region will "
                        "benefit from the new port.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("Crutcher had his hands in the air", "Video")]
    assert [s.kind for s in ann.sources] == ["document"]
    # A label is not one: "Transcript as follows:" introduces whoever speaks in it.
    label = annotate_text("Transcript as follows:\n\n\u201cWe arrived in Cleveland, and we went to a restaurant.\u201d")
    assert [s.kind for s in label.sources] != ["document"]
    # News organizations named in one word are organizations, not people.
    ann = annotate_text("Reuters reported that the talks had failed. PolitiFact said the claim was false.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Reuters", "organization"), ("PolitiFact", "organization")]


def test_a_label_before_a_colon_and_a_preposition_ending_in_ing_speak_for_nobody():
    ann = annotate_text("CLARIFICATION: The first sentence has been clarified to reflect that Fowler wants a review.")
    assert [q.speaker.name for q in ann.quotes if q.speaker] in ([], ["Fowler"])
    ann = annotate_text("Ed Rendell, who led the party during the 2000 election, agreed that the rules should change.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [("the rules should change", "Ed Rendell")]


def test_a_contracted_function_word_is_no_name():
    ann = annotate_text("Sanders is winding down his campaign. There's no denying he has had quite a run. O'Neil said "
                        "the plan would pass.")
    assert [q.speaker.mention for q in ann.quotes] == ["O'Neil"]


def test_a_quotation_standing_alone_after_a_sentence_that_opens_with_a_name_is_that_person_s():
    ann = annotate_text("Melissa Roloson, 32, works in retail. Roloson supports Hillary Clinton in the race. \"I am a "
                        "college graduate, but I have student loans, and I do not see a way out.\"")
    assert [q.speaker.name for q in ann.quotes if q.kind == "direct"] == ["Melissa Roloson"]
    # Not when the sentence before opens with other words, nor when the quotation has words before it.
    ann = annotate_text("Melissa Roloson works in retail. But the oversized Roloson billboard looms over the town. "
                        "\"It has had a marvelous result for the whole town.\"")
    assert [q.speaker for q in ann.quotes if q.kind == "direct"] == [None]


def test_a_quotation_its_nearest_cue_introduces_is_that_speaker_s_not_the_sentence_s_first():
    ann = annotate_text("Once, when I told a man on the ferry that I taught at the college, he responded, \u201cSo you "
                        "teach Plato to plumbers?\u201d Yes, indeed.")
    [quote] = [q for q in ann.quotes if q.kind == "direct"]
    assert (quote.speaker.mention, quote.cue.text) == ("he", "responded")


def test_a_sentence_opening_connective_or_preposition_is_no_name_a_pronoun_can_stand_for():
    ann = annotate_text("Yann LeCun runs the lab. Unlike LLMs children learn from the world. A child has seen more "
                        "data than any model, he argues. Whereas the old plan failed, the new one works, Lima said.")
    assert [q.speaker.name for q in ann.quotes] == ["Yann LeCun", "Lima"]
    assert not annotate_text("Maybe thinking builds from a simple start.").sources
    # A phrase before an infinitive's cue ends before its "to".
    ann = annotate_text("In a 2019 paper, he used the results of his experiments to argue that we are all collectives.")
    assert ann.quotes and not any(q.speaker.mention.endswith(" to") for q in ann.quotes)


def test_a_document_named_by_what_it_covers_speaks_but_footage_of_a_person_is_hers():
    ann = annotate_text("A survey of U.S. moviegoers conducted by Morning Consult found one-third of adults check "
                        "reviews first. A review of 100 trials found that vitamin C helps.")
    assert [(q.speaker.mention, q.speaker.source_id is not None) for q in ann.quotes] == [
        ("A survey of U.S. moviegoers conducted by Morning Consult", True), ("A review of 100 trials", True)]
    assert {s.kind for s in ann.sources} == {"document"}
    ann = annotate_text("The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 points ahead, "
                        "you might ask?\u201d")
    assert [q.speaker.name for q in ann.quotes] == ["Hillary Clinton"]


def test_a_straight_quotation_mark_closed_by_a_curly_one_and_an_adverb_after_a_document_s_phrase():
    ann = annotate_text('Valter Longo runs the institute. "People with eating disorders should also avoid '
                        'fasting,\u201d adds Valter Longo, director of the institute.')
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ('"People with eating disorders should also avoid fasting,\u201d', "Valter Longo")]
    # (not a curly mark that closes a quotation of its own inside the straight one)
    ann = annotate_text('PENCE: "Well, look, she thinks this is an episode of \u201cShark Tank.\u201d But this is '
                        'America," Pence said.')
    assert [q.text for q in ann.quotes if q.kind == "direct"][0].endswith('But this is America,"')
    ann = annotate_text("A systematic review of 27 trials similarly concluded that fasting shows promise.")
    assert [q.speaker.mention for q in ann.quotes] == ["A systematic review of 27 trials"]


def test_straight_quotation_marks_quoted_inside_a_straight_quotation_do_not_close_it():
    ann = annotate_text('"The old model is nearing its end. 2026 will speed the shift from "application consumption" '
                        'to services," said Ramy Houssaini, an officer at the firm.')
    assert [(q.kind, q.text.endswith('to services,"'), q.speaker.name) for q in ann.quotes] == [
        ("direct", True, "Ramy Houssaini")]


def test_a_cue_word_inside_a_list_of_nouns_reports_nothing():
    ann = annotate_text("Apes, dogs, dolphins, crows and even insects are proving more savvy than suspected. Gibbs "
                        "derided and insulted the professional left in press conferences.")
    assert [q.speaker.mention for q in ann.quotes] == ["Gibbs"]


def test_an_organization_s_acronym_and_its_definite_description_are_the_organization_named_in_full():
    ann = annotate_text("The International Monetary Fund (IMF) said growth would slow. The IMF said the risks were "
                        "rising. The fund said that trade was weak. The Centers for Disease Control and Prevention "
                        "said cases rose sharply. The CDC said the virus spread.")
    assert [(s.name, s.quote_count) for s in ann.sources] == [
        ("International Monetary Fund", 3), ("Centers for Disease Control and Prevention", 2)]
    # The day after the name is when it acted, no word of the name.
    ann = annotate_text("The Fenwick Harbor Authority on Monday closed the pier. The FHA said the pilings were unsafe.")
    assert [s.name for s in ann.sources] == ["Fenwick Harbor Authority"]
    # Initials of a person's name are no organization's.
    ann = annotate_text("Andrew Parker runs a shop. The AP reported that growth would slow.")
    assert [s.name for s in ann.sources] == ["AP"]


def test_imperatives_adverbs_and_by_opening_a_sentence_are_no_names():
    text = ("Please note that prices change every week. Frequently, clients say the app is slow. By clarifying "
            "your needs, you will find a mover faster. Additionally, consider that movers charge more in June.")
    assert not [s for s in annotate_text(text).sources if s.kind == "person"]
    # An adverb in a title-case headline stays out of the name before it.
    ann = annotate_text("Donald Trump Finally Endorses House Speaker Paul Ryan.")
    assert [q.speaker.name for q in ann.quotes] == ["Donald Trump"]


def test_indefinite_pronouns_are_anonymous_and_companies_named_in_one_word_are_organizations():
    ann = annotate_text("Others prefer to pack themselves. Someone said the price was fair. Google said the tool was "
                        "safe for children.")
    assert [(s.name, s.kind) for s in ann.sources] == [
        ("Others", "anonymous"), ("Someone", "anonymous"), ("Google", "organization")]


def test_a_name_ending_in_report_survey_or_poll_is_a_document_but_a_newspaper_s_is_not():
    ann = annotate_text("The 2023 NAIC Health Insurance Report found that premiums rose by a third in two years. The "
                        "Washington Post reported that the talks had failed on Monday. The Quinnipiac University Poll "
                        "found that Lund leads by nine points.")
    assert [(s.name, s.kind) for s in ann.sources] == [
        ("NAIC Health Insurance Report", "document"), ("Washington Post", "organization"),
        ("Quinnipiac University Poll", "document")]


def test_a_capitalized_name_after_the_is_no_person_a_pronoun_can_stand_for():
    ann = annotate_text("Donald Trump spoke in Michigan on Friday. Last week the Arizona Republic endorsed a Democrat "
                        "for the first time. He said, \u201cWe have some big plans for the final month.\u201d")
    assert [q.speaker.name for q in ann.quotes if q.kind == "direct"] == ["Donald Trump"]
    ann = annotate_text("Donald Trump spoke in Michigan on Friday. The Commission on Presidential Debates confirmed "
                        "a problem with his microphone. He said, \u201cI wonder why it was bad. Think of that.\u201d")
    assert [q.speaker.name for q in ann.quotes if q.kind == "direct"] == ["Donald Trump"]
    # (a possessive in the run still owns the name after it)
    ann = annotate_text("The Blaze\u2019s Matt Walsh urged his readers to \u201cidentify the traitors and remember "
                        "their names.\u201d")
    assert [q.speaker.name for q in ann.quotes if q.kind == "partial"] == ["Matt Walsh"]


def test_a_chain_of_names_joined_by_of_is_read_without_recursing_down_the_page():
    ann = annotate_text("Alpha of Beta " * 5000 + ". Mayor Ada Quist of Fenwick said growth would slow this year.")
    assert [q.speaker.name for q in ann.quotes] == ["Ada Quist"]


def test_a_name_described_between_commas_before_its_cue_is_the_antecedent_of_he():
    # "Name, the flood chief, said": the subject of the sentence, nearer than the mayor named before.
    ann = annotate_text("Mayor Tom Baxter said the flood report would be released soon.\n\n"
                        "Ivo Lamar, the city's flood chief, said the gauges were unclear. "
                        "“We need more time,” he said.")
    assert quotes_by_speaker(ann) == [("“We need more time,”", "Ivo Lamar")]
    # Not when what stands between the commas describes an organization.
    ann = annotate_text("Mayor Tom Baxter said the flood report would be released soon.\n\n"
                        "Harbor Partners, the port's lobbying arm, said the gauges were unclear. "
                        "“We need more time,” he said.")
    assert quotes_by_speaker(ann) == [("“We need more time,”", "Tom Baxter")]


def test_a_quotation_introduced_by_a_cue_and_when_it_was_said_is_that_cues_not_the_next_clauses():
    ann = annotate_text("The ad ends with footage of Brandt saying during the debate last week, “That makes me "
                        "smart,” when Lund blasted him for not paying the harbor tax.")
    assert quotes_by_speaker(ann) == [("“That makes me smart,”", "Brandt")]
    # The cue right before the comma still decides (someone in the audience shouted it, not Vance).
    ann = annotate_text("When someone in the audience shouted, “Recount,” Vance joked, “Amen, brother!”")
    assert quotes_by_speaker(ann)[0] == ("“Recount,”", "the audience")


def test_we_outside_quotation_marks_is_the_writer_not_the_group_named_before():
    ann = annotate_text("Courier agents in Fenwick say more homeowners are planning to share their homes.\n\n"
                        "We expect harbor fees to increase more than 30% in 2026, ending the year at a total of "
                        "$67 million.")
    assert [s.name for s in ann.sources] == ["Courier agents in Fenwick"]
    claim = next(c for c in ann.claims if c.text.startswith("We expect"))
    assert claim.claimant is None  # the outlet's own forecast


def test_a_speakers_description_starts_after_a_word_that_opens_its_clause():
    ann = annotate_text("That's why Quist's team believes the harbor plan eventually can be a winning plan.")
    assert [(q.speaker.mention, q.text) for q in ann.quotes] == [
        ("Quist's team", "the harbor plan eventually can be a winning plan")]
    # "how councils think": the people who think are no source named by the whole clause.
    ann = annotate_text("Flood risk at sea also shapes how councils think about harbor budgets.")
    assert not any(s.name.startswith("Flood") for s in ann.sources)


def test_a_company_named_by_its_last_word_is_an_organization_no_pronoun_stands_for():
    ann = annotate_text("Ada Quist met the board of Fenwick Bank. Harbor Technologies threw cold water on it.\n\n"
                        "“It was cold water on the idea,” she said. Quay Healthcare told employees it would stop "
                        "covering the ferry passes.")
    assert quotes_by_speaker(ann) == [("“It was cold water on the idea,”", "Ada Quist")]
    assert {s.name: s.kind for s in ann.sources}["Quay Healthcare"] == "organization"


def test_a_party_before_a_name_describes_the_person_and_is_no_part_of_the_name():
    ann = annotate_text("Fenwick (AP) – Democrat Ada Quist has taken a swipe at Oskar Brandt’s stance on the "
                        "harbor, saying that “reckless promises” do more harm than good in a flood year.")
    assert {q.speaker.name for q in ann.quotes} == {"Ada Quist"}
    assert [s.name for s in ann.sources] == ["Ada Quist"]


def test_an_articles_first_line_is_no_headline_reporting_speech_since_its_title_is_kept_apart():
    text = ("Rising Water: The Harbor’s Quest to Outlast the Tides\n\n"
            "Four councils were asked to build the sea wall, and one of them finished it.")
    # A plain text opens with its headline: "Name: ..." there reports what the name said.
    assert [q.cue.text for q in annotate_text(text).quotes] == [":"]
    # An article's text opens with its first paragraph (the title is apart): a label, named nowhere else.
    assert [q for q in annotate_text(text, headline=False).quotes if q.cue.text == ":"] == []
    assert "Rising Water" not in {s.name for s in annotate_text(text, headline=False).sources}


def test_a_document_word_opening_a_sentence_is_a_document_when_its_cue_follows_auxiliaries():
    ann = annotate_text("Dredging has had a bad name for years. Research has shown that the silt it stirs up does "
                        "not harm the oyster beds much.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Research", "document")]


INTERVIEW = ("Flood engineer Rita Vance joins the harbor board this fall. In 2018, Vance published a landmark "
             "paper on tidal gates, and Mayor Ada Quist welcomed her.\n\n"
             "Q: What do tidal gates do for the harbor?\n\n"
             "A: We have found that tidal gates cut flood damage by about 30 percent in a storm year.\n\n"
             "They close in eight minutes, and I think they pay for themselves within ten years.\n\n"
             "Q: Are there any risks?\n\n"
             "A: They trap silt, so the channel needs dredging twice a year.\n\n"
             "\u2014 Tim Lee")


def test_an_interviews_answers_are_the_interviewees_words_and_its_questions_the_outlets():
    ann = annotate_text(INTERVIEW)
    direct = [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes if q.kind == "direct"]
    assert direct == [
        ("We have found that tidal gates cut flood damage by about 30 percent in a storm year.",
         "A", "Rita Vance"),
        # (an answer goes on into the paragraphs after it, up to the next question)
        ("They close in eight minutes, and I think they pay for themselves within ten years.",
         "A", "Rita Vance"),
        ("They trap silt, so the channel needs dredging twice a year.", "A", "Rita Vance")]
    # "I think ..." inside an answer is the interviewee's too.
    assert {q.speaker.name for q in ann.quotes} == {"Rita Vance"}
    claim = next(c for c in ann.claims if c.text.startswith("We have found"))
    assert claim.claimant.name == "Rita Vance"
    assert not any(c.text.startswith(("Q:", "A:")) for c in ann.claims)
    # One answer alone is no interview format.
    single = INTERVIEW.split("\n\nQ: Are there")[0]
    assert [q for q in annotate_text(single).quotes if q.kind == "direct"] == []
    # Nor are a site's frequently asked questions: the site answers them, not the person named before.
    faq = INTERVIEW.replace("\n\nQ: What do", "\n\nHarbor gates FAQ\n\nQ: What do", 1)
    assert [q for q in annotate_text(faq).quotes if q.kind == "direct"] == []


UNLABELLED_INTERVIEW = ("Five questions for the harbor master\n\nTim Lee has run the Port of Fenwick for eleven years. "
                        "We asked him about dredging and the fishing fleet.\n\nWhat is the biggest problem the port "
                        "faces?\n\nSilt. The channel fills up faster every year.\n\nWe dredge only in winter.\n\n"
                        "What about the fishing fleet?\n\nIt is smaller than it was, but it is not going anywhere.\n\n"
                        "This interview has been edited for length.")


def test_an_interview_without_labels_gives_each_answer_to_the_interviewee():
    ann = annotate_text(UNLABELLED_INTERVIEW)
    assert [(q.text, q.speaker.name) for q in ann.quotes if q.kind == "direct"] == [
        ("Silt. The channel fills up faster every year.", "Tim Lee"), ("We dredge only in winter.", "Tim Lee"),
        ("It is smaller than it was, but it is not going anywhere.", "Tim Lee")]  # (not the editor's note)
    # Questions and answers after an introduction that says no one was interviewed are no interview.
    guide = UNLABELLED_INTERVIEW.replace("We asked him about", "I spoke with an expert about")
    assert [q for q in annotate_text(guide).quotes if q.kind == "direct"] == []


def test_with_opening_a_sentence_is_no_name():
    ann = annotate_text("With support from the Harbor Department, residents are planting dune grass on the "
                        "seawall. The dunes held, officials said.")
    assert [s.name for s in ann.sources] == ["officials"]
    ann = annotate_text("The ferry was late.\n\nSince Harbor Lines, a ferry company based in Fenwick, added "
                        "smart speakers, riders can ask “when is the next boat?” and get an answer.")
    assert not any(s.name.startswith("Since") for s in ann.sources)
    # Nor is an indefinite pronoun ("Everyone wants ..." speaks for no one in particular).
    ann = annotate_text("The council met.\n\nEveryone agrees that the seawall must be finished by spring.")
    assert [s.name for s in ann.sources] == []


def test_a_heading_or_a_block_of_code_asserts_no_claim():
    blocks = [("h2", "Forecast 1: Harbor Fees Will Rise to $63 in 2026, Raising Costs for Fishermen"),
              ("p", "The harbor fee will average $63 in 2026, up from its 2025 average of $58."),
              ("pre", "fee = 63 if year == 2026 else 58  # the council raised fees 3 times in 2025")]
    text, paragraphs = "", []
    for kind, words in blocks:
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + words
        paragraphs.append(Paragraph(start, len(text), kind))
    claims = [c.text for c in annotate_text(text, paragraphs).claims]
    assert claims == [blocks[1][1]]
    # Read as plain paragraphs, the same sentences are claims (the heading's is checkable).
    assert blocks[0][1] in [c.text for c in annotate_text(text).claims]


def test_a_description_signing_a_quotation_after_a_dash_is_its_anonymous_speaker():
    ann = annotate_text('"The gates close in eight minutes." -- Senior harbor engineer working on tidal '
                        'defenses\n\n"We got a tenfold drop in delays." -- Ferry pilot at a small island '
                        'line\n\n"Budget cuts hurt." -- Former mayor Ada Quist')
    assert [(q.speaker.name, q.speaker.source_id is not None) for q in ann.quotes] == [
        ("Senior harbor engineer working on tidal defenses", True),
        ("Ferry pilot at a small island line", True), ("Ada Quist", True)]
    assert [s.kind for s in ann.sources] == ["anonymous", "anonymous", "person"]


def test_according_to_a_plural_of_people_by_trade_is_anonymous_not_a_document():
    for text, kind in (("Three flood themes are surfacing in 2025, according to hydrologists.", "anonymous"),
                       ("Revenue fell 8 percent, according to data released Friday by state regulators.", "document"),
                       # (opening a sentence, a plural of people by trade is no name; a surname is one)
                       ("Designers say the new ferry signs are easier to read in fog.", "anonymous"),
                       ("Rogers said the vote in Fenwick was rigged against him.", "person")):
        assert [s.kind for s in annotate_text(text).sources] == [kind], text


def test_titles_of_business_and_trade_before_a_name_are_no_part_of_it():
    ann = annotate_text("Harbor Bank CEO Tim Lee said the loans sold well. Lead Designer Rita Vance said the "
                        "colors were bold. Billionaire Oskar Brandt said the port would grow.")
    assert [(s.name, s.description) for s in ann.sources] == [("Tim Lee", "Harbor Bank CEO"),
                                                              ("Rita Vance", "Lead Designer"),
                                                              ("Oskar Brandt", "Billionaire")]


def test_a_headline_quoting_the_storys_words_is_asserted_by_whom_the_story_gives_them_to():
    text = ("Dredging ‘not an effective cure’ for harbor silt, leads to 40 percent longer closures in 2025\n\n"
            "Dredging the channel is not an effective cure for the silt that closes the Fenwick harbor each "
            "spring, according to a new study by the Coastal Institute.")
    ann = annotate_text(text)
    headline = ann.claims[0]
    assert headline.text.startswith("Dredging ‘not") and headline.claimant.mention.startswith("a new study")
    # The headline's echo is no quotation of its own; a term it quotes names nobody's claim.
    assert not [q for q in ann.quotes if q.span[0] < text.index("\n")]
    ann = annotate_text("Judge blocks Fenwick's 'harbor access' law\n\nA state judge blocked the law "
                        "on Thursday. \"The 'harbor access' law protects us,\" Speaker Rita Vance said.")
    assert ann.claims[0].claimant is None


def test_a_word_capitalized_only_to_open_its_sentence_is_no_speaker():
    text = ("Harbor fares rise again\n\nShoppers say the ferry fares are too high this year, and shoppers want "
            "lower ones. Everything suggests that the fares will rise, though everything can change.")
    # (Shoppers, unnamed, may speak; no one named "Shoppers" or "Everything" does.)
    assert [(s.name, s.kind) for s in annotate_text(text).sources if s.kind != "anonymous"] == []
    # Nor before a verb in -ing: "Start planning ..." asks the reader; "Mindfulness involves observing ..."
    text = ("Harbor guide\n\nMany visitors come in June. Start planning the ferry timetable in March, well "
            "before the summer crowds. The harbor school teaches mindfulness on Sundays. Mindfulness involves "
            "observing the tide without judging it.")
    assert annotate_text(text).quotes == []
    # A dictionary's word the text never capitalizes inside a sentence ("Tides") is no name; a surname
    # that is one as well still speaks ("Warner").
    text = "Harbor guide\n\n- Tide tables: Tides can feel like a maze. The harbor app acts like a guide."
    assert annotate_text(text).quotes == []
    assert [q.speaker.name for q in annotate_text("Harbor news\n\nWarner said the ferry would stop.").quotes] \
        == ["Warner"]
    # Nor as the subject a verb in -ing goes back to; a verb of speech names who speaks ("King describes").
    assert annotate_text("Harbor guide\n\nRecord the tide each morning, noting the height and the hour.").quotes == []
    [quote] = annotate_text("Harbor guide\n\nKing describes this pattern as pushing bad data forward.").quotes
    assert quote.speaker.name == "King"
    # A list item's first word opens its sentence as well: "- Grab posts from ...".
    text = "Harbor guide\n\nHow we test:\n\n- Grab posts from the past seven days from a set of harbor accounts."
    assert annotate_text(text).quotes == []
    # A title's "of" is no "Mayor Ada Quist of Fenwick": the name after it is the person.
    ann = annotate_text("Former Secretary of State Ada Quist recently urged voters to back the harbor bond, saying, "
                        "“There is a special place for councils that don’t help each other.”")
    assert {(q.speaker.mention, q.speaker.name) for q in ann.quotes} == {
        ("Former Secretary of State Ada Quist", "Ada Quist")}


def test_who_wants_after_a_preposition_says_whom_a_thing_suits_not_anyones_stance():
    ann = annotate_text("The harbor tours are perfect for travelers who want to see the seals without a boat. "
                        "The course is made for anyone who wants to learn to sail. Voters who want change say the "
                        "harbor plan failed.")
    assert [(q.speaker.mention, q.text) for q in ann.quotes] == [("Voters", "the harbor plan failed")]


def test_a_name_in_camel_case_before_a_persons_name_is_its_owner():
    ann = annotate_text("“The harbor has led for a long time,” said theHARBOR’s Ada Quist. The pro-Lund rally "
                        "went on.")
    assert quotes_by_speaker(ann) == [("“The harbor has led for a long time,”", "Ada Quist")]


def test_an_it_or_they_that_stands_for_nobody_named_is_no_source_nor_claimant():
    ann = annotate_text("Protein is everywhere this year.\n\nIt supports muscle recovery, and they say it keeps you "
                        "full for 4 hours after a meal.")
    assert ann.sources == [] and all(c.claimant is None for c in ann.claims)
    # One that stands for a group or an organization named before is that source.
    ann = annotate_text("Harbor officials said on Monday that the ferry would stop for the winter.\n\nThey said "
                        "the bridge would close for 4 months in 2026.")
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Harbor officials", 2)]


def test_a_question_or_an_answer_cue_before_its_speaker_names_who_speaks_not_the_last_speaker():
    ann = annotate_text("Harbor fees rise.\n\n“She runs the whole thing,” said the source.\n\n"
                        "“That is a serious charge,” inquired Quist.\n\n“It is the truth,” retorted the source.")
    assert quotes_by_speaker(ann) == [("“She runs the whole thing,”", "the source"),
                                      ("“That is a serious charge,”", "Quist"),
                                      ("“It is the truth,”", "the source")]


def test_a_signature_or_a_plaque_that_reads_is_a_document_not_an_anonymous_person():
    ann = annotate_text("Harbor filing.\n\nThe filing lists another name. The electronic signature reads, "
                        "“Rita Vance, President.” A plaque on the harbor office door reads, "
                        "“Built by the people of Fenwick.”")
    kinds = {s.name: s.kind for s in ann.sources}
    assert kinds == {"The electronic signature": "document", "A plaque on the harbor office door": "document"}


def test_a_source_s_degrees_are_part_of_who_they_are_and_a_clause_after_a_name_describes_nobody():
    ann = annotate_text("Tea.\n\n“Sleep comes first,” said Oskar Brandt, MD, a doctor at Fenwick Clinic. "
                        "“Tea is fine,” said Rita Vance, MS, RDN. Tea is linked with calmer moods, "
                        "said Tim Lee, the latter is on the rise in Fenwick.")
    described = {s.name: s.description for s in ann.sources}
    assert described == {"Oskar Brandt": "MD, a doctor at Fenwick Clinic", "Rita Vance": "MS, RDN", "Tim Lee": ""}


def test_any_verb_of_speech_right_after_a_quotation_and_before_a_name_names_the_speaker():
    ann = annotate_text("Tea.\n\nBoth experts suggest drinking tea early. “Tea has a long half-life,” describes Vance. "
                        "“Drink water too,” advises Oskar Brandt.\n\nQuist hailed the harbor vote as “fantastic,” "
                        "telling Reuters that the port would grow.")
    assert quotes_by_speaker(ann) == [("“Tea has a long half-life,”", "Vance"), ("“Drink water too,”", "Oskar Brandt"),
                                      ("“fantastic,”", "Quist")]


def test_it_standing_for_a_document_already_listed_is_that_document_not_an_organization():
    ann = annotate_text("Harbor study.\n\nThe advent of tides “has changed the port for good,” says the research.\n\n"
                        "It adds: “The tides are stronger than before, and the harbor must adapt to them now.”")
    # (Its first sentence, and the words it quotes, and what "It" adds.)
    assert [(s.name, s.kind, s.quote_count) for s in ann.sources] == [("the research", "document", 3)]


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quotation():
    ann = annotate_text("Harbor news.\n\n“If the ferry stops, that could create new problems for her here,“ said "
                        "Jim Ek, a harbor pilot. “We will see.”")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("“If the ferry stops, that could create new problems for her here,“", "Jim Ek"), ("“We will see.”", "Jim Ek")]


def test_straight_marks_quoted_inside_a_straight_quotation_after_a_space_or_a_bracket_do_not_close_it():
    text = ('Harbor.\n\n"The old way meant a fee for every worker ("seats") and a shift from "dock rent" to tolls. '
            'That model is breaking," said Oskar Brandt.')
    ann = annotate_text(text)
    assert quotes_by_speaker(ann) == [(text[text.index('"The old'):text.index(" said")], "Oskar Brandt")]


def test_a_graduate_who_asked_not_to_be_named_is_an_anonymous_source_and_evidence_a_document():
    ann = annotate_text("Harbor.\n\nEvidence shows the tides are rising. “The mood is grim,” said a recent graduate "
                        "who asked not to be named.")
    assert quotes_by_speaker(ann) == [("“The mood is grim,”", "a recent graduate")]
    assert [(s.name, s.kind, s.description) for s in ann.sources] == [
        ("Evidence", "document", ""), ("a recent graduate", "anonymous", "who asked not to be named")]


def test_contracted_he_and_she_are_pronouns_and_a_present_verb_ending_the_clause_after_a_quotation_cues():
    ann = annotate_text("Harbor.\n\nTim Lee studied tides. He’d said the port was safe. “It has been a slow rollout,” "
                        "he muses.\n\nWatch Fenwick TV for more. Think how much "
                        "worse the essay would be if she’d written: “I have a warm family.”")
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in ann.quotes] == [
        ("indirect", "Tim Lee"), ("direct", "Tim Lee"), ("direct", "")]
    assert "Watch Fenwick TV" not in {s.name for s in ann.sources}


def test_quoted_words_in_a_new_clause_after_but_belong_to_who_signs_it_not_to_the_first_clause_s_cue():
    ann = annotate_text("Fasting.\n\nMany sailors report sharper thinking while fasting, but “trials have not "
                        "shown the same benefits” in healthy people, says Rita Vance. Lee said he did not, but was "
                        "referring to the “same kind of attitude” at the port.")
    partial = [(q.text, q.speaker.name) for q in ann.quotes if q.kind == "partial"]
    assert partial == [("“trials have not shown the same benefits”", "Rita Vance"), ("“same kind of attitude”", "Lee")]


def test_a_given_name_alone_stands_for_the_one_person_named_in_full_with_it_and_a_bracket_names_nobody():
    ann = annotate_text("Ports.\n\nThe essay by Tim Lee is good. Tim argues that the harbor matters more than "
                        "ever. “Tides are slow,” Tim writes.\n\nI stopped using “boring” tools (who said “legacy”?) "
                        "last year.")
    assert quotes_by_speaker(ann)[:1] == [("“Tides are slow,”", "Tim Lee")]
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Tim Lee", 2)]


def test_initials_that_spell_out_a_person_s_name_are_that_person_not_an_organization():
    ann = annotate_text("Essays.\n\nThe Majestic Harbor by Oskar Tim Brandt (OTB) is short. OTB argues that harbors "
                        "make sense for huge ports. The International Harbor Fund (IHF) said the port would grow.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Oskar Tim Brandt", "person"),
                                                        ("International Harbor Fund", "organization")]


def test_a_label_named_only_as_a_heading_or_another_label_is_nobody_speaking():
    ann = annotate_text("Shoes.\n\nOur picks for the year.\n\n- Best Overall: Harbor Evo SL for men and women\n\n"
                        "- Best Value: Harbor Sonic 7 for men and women\n\nBest Overall\n\nThe Evo SL is light. "
                        "Quist said the shoe is great for long runs. Ada Quist runs daily.")
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Ada Quist", 1)]


def test_a_line_in_title_case_below_the_headline_names_a_work_or_a_product_and_asserts_nothing():
    ann = annotate_text("Fenwick Harbor Fees Rise 40 Percent After Storm\n\nChoose Boring Harbors (2015) by Tim Lee\n\n"
                        "Acceptance Rate: 14% in 2025\n\n"
                        "The Ultimate Fenwick Ferry Bundle 2025 Now 20% Off\n\nHarbor Expo East is set for March 31 "
                        "and April 1, 2026, at the Fenwick World Congress Center.\n\nThe harbor board raised fees "
                        "by 40 percent after the storm cost the port $2 million.")
    claimed = [c.text for c in ann.claims]
    assert "Choose Boring Harbors (2015) by Tim Lee" not in claimed and "Acceptance Rate: 14% in 2025" not in claimed
    assert not any(c.startswith("The Ultimate") for c in claimed)
    assert claimed[0] == "Fenwick Harbor Fees Rise 40 Percent After Storm"  # the headline asserts
    assert "The harbor board raised fees by 40 percent after the storm cost the port $2 million." in claimed


def test_a_note_or_signpost_under_the_outlet_s_label_is_no_claim_but_a_clause_after_a_colon_is():
    ann = annotate_text("Harbor fees rise.\n\nEditor’s Note, December 19, 2025: We’ve added ferries from our winter "
                        "guide and checked the fees.\n\nRead more: Fenwick ferry review of 2025 and its 40 fares\n\n"
                        "It also changed the port: the board raised fees by 40 percent in 2024.")
    assert [c.text for c in ann.claims] == ["It also changed the port: the board raised fees by 40 percent in 2024."]


def test_a_title_ending_in_chief_is_the_person_s_title_not_part_of_the_name():
    ann = annotate_text("Harbor.\n\n“The port is fine,” said Editor-in-Chief Ada Quist. “The ferry is late,” said "
                        "Deputy Editor Rita Vance.")
    assert [(s.name, s.description) for s in ann.sources] == [("Ada Quist", "Editor-in-Chief"),
                                                             ("Rita Vance", "Deputy Editor")]


def test_a_he_that_stands_for_nobody_named_speaks_but_is_no_source():
    ann = annotate_text("Planes.\n\nOnce, when I told a man on a plane that I taught at Fenwick, he responded, "
                        "“So you teach sailors?”")
    direct = [(q.text, q.speaker.mention) for q in ann.quotes if q.kind == "direct"]
    assert direct == [("“So you teach sailors?”", "he")]
    assert ann.sources == []


def test_a_line_telling_the_reader_to_act_is_no_claim_but_a_sentence_opening_with_such_a_noun_is():
    ann = annotate_text("Harbor fees rise.\n\nGet a chance to win a 5000 dollar voucher by taking part in Fenwick's "
                        "Biggest Habit Index!\n\nShare prices fell 5 percent in 2024 after the storm.\n\n"
                        "Sign up for our newsletter to get 20 percent off.")
    assert [c.text for c in ann.claims] == ["Share prices fell 5 percent in 2024 after the storm."]


def test_lines_labelled_with_a_title_are_facts_not_a_transcript_s_turns():
    ann = annotate_text("Cloud leaders.\n\nHarbor Cloud\n\nCEO: Ada Quist\n\nFenwick Systems\n\nCEO: Tim Lee\n\n"
                        "GM: Rita Vance")
    assert ann.quotes == [] and ann.sources == []
    # Nor are labels of one word that name nobody the text names in full ("CPU:", "TIP:"), while a
    # surname is a turn's speaker ("LEE:" after "Tim Lee").
    ann = annotate_text("Harbor laptops.\n\nCPU: Fenwick F7 | RAM: 16GB | Battery: 20 hours\n\nCPU: Fenwick F9 | "
                        "RAM: 32GB\n\nTIP: Buy the bigger battery if you sail often.")
    assert ann.quotes == [] and ann.sources == []
    ann = annotate_text("Harbor radio.\n\nOn the show: Ada Quist, the host, and Tim Lee, the ferry's captain.\n\n"
                        "QUIST: Why so late?\n\nLEE: The tide was low, and the engine failed.\n\nQUIST: Will it run "
                        "tomorrow?")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Why so late?", "QUIST"), ("The tide was low, and the engine failed.", "LEE"),
        ("Will it run tomorrow?", "QUIST")]
    # (The person keeps the spelling of the text's sentences, not of the labels' capitals.)
    assert [s.name for s in ann.sources] == ["Ada Quist", "Tim Lee"]
    # A surname after a title and a given name is named in full too ("Sen. Maria Cantwell’s office").
    ann = annotate_text("Harbor radio.\n\nOn the show, from the harbor: Sen. Maria Cantwell’s office and the ferry "
                        "line.\n\nCANTWELL: Why so late?\n\nLEE: The tide was low.\n\nTim Lee runs the line.")
    assert [q.text for q in ann.quotes] == ["Why so late?", "The tide was low."]


def test_one_named_by_a_post_of_or_for_something_speaks_as_the_whole_phrase():
    def speaker(sentence: str) -> str:
        [quote] = annotate_text(f"Harbor news\n\n{sentence}").quotes
        return quote.speaker.mention

    # The chairman speaks, not the board; the mayor, not the town; the spokesman, not the mayor.
    assert speaker("The chairman of the harbor board said the ferry would run all winter.") \
        == "The chairman of the harbor board"
    assert speaker("The mayor of Fenwick said the ferry would run all winter.") == "The mayor of Fenwick"
    assert speaker("A spokesman for the mayor said the ferry would run all winter.") == "A spokesman for the mayor"
    # (A noun in -ly is no adverb to skip.)
    assert speaker("The organizer of a harbor rally said the march would be longer.") \
        == "The organizer of a harbor rally"
    # The rest of a post's name before its holder's; a time after the post; an aside of asides.
    assert speaker("Its head of growth Tim Lee said the ferry would run all winter.") == "Tim Lee"
    assert speaker("The mayor on Tuesday said the ferry would run all winter.") == "The mayor"
    assert speaker("But Tim Lee, the head of the ferry board, a group that has sued the council over its fares, "
                   "said the ferry would run all winter.") == "Tim Lee"


def test_a_pronoun_after_the_cue_that_a_negated_verb_follows_opens_what_was_said():
    # "said he isn't ...": he is what the papers said something of, not one who speaks after the cue;
    # the papers from a place, named before an aside, speak.
    [quote] = annotate_text("Harbor news\n\nSix harbor papers in Fenwick, including the Fenwick Courier, said he "
                            "isn’t fit to be mayor.").quotes
    assert quote.text == "he isn’t fit to be mayor" and quote.speaker.mention == "Six harbor papers"


def test_people_named_by_their_profession_speak_and_a_name_runs_on_past_such_a_word():
    def speaker(sentence: str) -> str | None:
        quotes = annotate_text(f"Harbor news\n\n{sentence}").quotes
        return quotes[0].speaker.mention if quotes else None

    assert speaker("If the rain goes on, forecasters say the flood will cover the quay.") == "forecasters"
    # Any word in -ologist, -ician or -ographer names one by a profession.
    assert speaker("For now, epidemiologists say the harbor fever will pass by May.") == "epidemiologists"
    # (People plural a dictionary has too, opening the sentence: unnamed people still, who speak.)
    assert speaker("Politicos call the harbor vote a test of nerve for the mayor.") == "Politicos"
    # "Investor" inside a capitalized name is a part of the name, not the head of a description.
    assert speaker("According to the Harbor Investor Expo 2024, three tools will define the trade.") \
        == "the Harbor Investor Expo 2024"


def test_people_described_by_a_participle_in_ed_or_a_clause_with_that_speak():
    def speaker(sentence: str) -> str | None:
        quotes = annotate_text(f"Harbor news\n\n{sentence}").quotes
        return quotes[0].speaker.mention if quotes else None

    assert speaker("Veterans interviewed at the harbor rally said they had no problem with the plan.") \
        == "Veterans interviewed at the harbor rally"
    assert speaker("Harbor groups that have backed the mayor say they believe the board should choose.") \
        == "Harbor groups"
    # A verb in -ed with an object is the sentence's own ("Two sisters joined a march"), no participle.
    assert speaker("Two sisters joined a march that the mayor said was too long.") != "Two sisters joined a march"


def test_a_second_speakers_clause_after_a_quotations_closing_comma_is_its_own():
    # The comma sits inside the closing mark: what Olsson said ends with it, quoted words and all; the
    # aide's report is the aide's.
    for opening, closing in (("\u201c", "\u201d"), ('"', '"')):
        ann = annotate_text(f"Harbor news\n\nPete Olsson said his caucus would {opening}look at all options,{closing} "
                            "and a senior aide said several members were wavering.")
        assert [(q.kind, q.text, q.speaker.name) for q in ann.quotes] == [
            ("indirect", f"his caucus would {opening}look at all options,{closing}", "Pete Olsson"),
            ("partial", f"{opening}look at all options,{closing}", "Pete Olsson"),
            ("indirect", "several members were wavering", "a senior aide")], opening


def test_a_report_of_a_report_gives_each_its_own_words_and_speaker():
    def reports(sentence: str) -> list[tuple[str, str]]:
        text = f"Harbor news\n\n{sentence}"
        return sorted((text[q.span[0]:q.span[1]], q.speaker.mention) for q in annotate_text(text).quotes)

    # The official reports the whole; what the mayor warned ends before the official's attribution.
    assert reports("The mayor warned that the ferry would stop, said a city official who was briefed on the "
                   "talks.") == [("The mayor warned that the ferry would stop", "a city official"),
                                 ("the ferry would stop", "The mayor")]
    assert reports("The mayor believes the ferry will stop in May, an aide said on Tuesday.") == [
        ("The mayor believes the ferry will stop in May", "an aide"), ("the ferry will stop in May", "The mayor")]
    assert reports("Analysts at Harbor Bank estimate the pier could fetch $4 million, the bank said in a note to "
                   "clients.") == [("Analysts at Harbor Bank estimate the pier could fetch $4 million", "the bank"),
                                   ("the pier could fetch $4 million", "Analysts at Harbor Bank")]  # (where: 5 words)
    # (A name in -ly is no adverb: "Holly Ek said".)
    assert ("The mayor warned that the ferry would stop", "Holly Ek") in reports(
        "The mayor warned that the ferry would stop, Holly Ek said.")
    # ... or tell whom ("two people told the Fenwick Courier on Friday"), and take in a clause too short to be
    # a report ("have agreed on terms").
    assert reports("The two boards have agreed on terms, two people with knowledge of the talks told the Fenwick "
                   "Courier on Friday.") == [("The two boards have agreed on terms",
                                              "two people with knowledge of the talks")]
    # How or when a report was made, after its cue, is no report of its own ("conceded in a brief phone call"),
    # nor what was said ("said shortly after midnight").
    assert reports("Lee conceded in a brief phone call, Quist said.") == [("Lee conceded in a brief phone call",
                                                                           "Quist")]
    # A participle's phrase may close the sentence after the attribution; a gerund opening a clause may not.
    assert reports("Fenwick Bank has agreed to buy Harbor Mutual, the two companies said Monday, forming a lender "
                   "with 30 branches.") == [("Fenwick Bank has agreed to buy Harbor Mutual", "the two companies"),
                                            ("to buy Harbor Mutual", "Fenwick Bank")]
    assert reports("While some ferries could stop in May, she added, closing the pier would be a mistake.") == [
        ("While some ferries could stop in May, she added, closing the pier would be a mistake", "she")]
    assert reports("Quist won 54 percent of the vote, the county elections office said shortly after midnight.") == [
        ("Quist won 54 percent of the vote", "the county elections office")]
    # Whom "told" names, then the speaker's next words: what was said stands before the attribution.
    assert reports("The ferry will stop in May, Quist told the council, adding that fares would rise.") == [
        ("The ferry will stop in May", "Quist"), ("fares would rise", "Quist")]
    # An attribution in the middle, the sentence going on after it, closes nothing ("asked her" no report).
    assert [speaker for _, speaker in reports("The young clerk who met her at the quay, Ada Quist recalled, asked "
                                              "her what she did on the ferry.")] == ["Ada Quist"]


def test_whom_someone_told_is_not_what_was_said():
    # An addressee after its article or owner, then a clause with its own subject; perhaps when.
    assert said("Ada Quist told the crowd the ferry would run all winter.") == ["the ferry would run all winter"]
    assert said("Tim Lee told his aides he would run for mayor.") == ["he would run for mayor"]
    assert said("Tim Lee told the Courier on Monday the ferry would run.") == ["the ferry would run"]
    # Not a story he told: what follows "of" is no clause.
    [story] = said("Tim Lee told the story of a ferry captain who sailed through the storm.")
    assert story.startswith("the story")


def test_a_long_name_of_a_post_before_a_full_name_opens_the_report():
    # Five words or more naming the post ("Fenwick Ferry's head of growth") stand before their holder.
    [quote] = annotate_text("Harbor news\n\nFenwick Ferry's head of growth Tim Lee said the boats would run late."
                            ).quotes
    assert quote.text == "the boats would run late" and quote.speaker.mention == "Tim Lee"
    # A phrase with a verb, a clause or a second thing in it is no post ("Voters ... who back Tim Lee").
    quotes = annotate_text("Harbor news\n\nVoters in the town who back Tim Lee said the boats would run late.").quotes
    assert all(q.speaker is None or q.speaker.mention != "Tim Lee" for q in quotes)
    assert not annotate_text("Harbor news\n\nUpgrading to an Ek Pro or Ek Max plan unlocks the harbor maps.").quotes


def test_a_description_beside_the_speakers_name_is_not_what_was_said():
    # "The ferry's spokesman, Holly Ek, said ...": the phrase before the name says who she is.
    assert said("The ferry's spokesman, Holly Ek, said that nothing changed.") == []
    assert said("The ferry's spokesman, Holly Ek, said on Monday.") == []
    assert said("The ferry's spokesman, Holly Ek, said the fares would rise in May.") == ["the fares would rise in May"]
    # What was said before the name stays what was said.
    assert said("The fares will rise, Holly Ek said.") == ["The fares will rise"]
    assert said("The ferry was late again, Holly Ek, a spokesman, said.") == ["The ferry was late again"]


def test_a_cue_and_colon_hand_over_the_quotation_whatever_stands_before_them():
    # "Asked whether ..., Quist said: “Of course.”": the question put to her is not what she said, and
    # the two words the colon hands over are her whole reply, a direct quote.
    quotes = annotate_text("Harbor news\n\nAsked whether the ferry would run, Ada Quist said: “Of course.”").quotes
    assert [(q.text, q.kind, q.speaker.mention) for q in quotes] == [("“Of course.”", "direct", "Ada Quist")]
    # A label's value is no reply.
    assert all(q.kind != "direct" for q in annotate_text('Harbor news\n\nThe parts of the line: "boat"').quotes)


def said(sentence: str) -> list[str]:
    """What a sentence of harbor news reports as said, quote by quote."""
    return [q.text for q in annotate_text(f"Harbor news\n\n{sentence}").quotes]


def reported(sentence: str) -> list[tuple[str, str]]:
    """What a sentence of harbor news reports as said, each with the mention of who said it."""
    return [(q.text, q.speaker.mention) for q in annotate_text(f"Harbor news\n\n{sentence}").quotes]


def description(sentence: str) -> str:
    """The description of the one source a sentence of harbor news names."""
    [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
    return source.description


def test_a_source_is_described_by_the_phrase_beside_its_name_before_or_after_an_age():
    assert description("The harbor master, Rita Vance, said the ice had never been so thick.") == "The harbor master"
    assert description("Her lawyer, Tim Lee, told reporters the case was closed.") == "Her lawyer"
    # (after "while" or "but" joining the clause to the one before, as after "and")
    assert description("Ada Quist will lead the board, while Fenwick Health's chief, Tim Lee, will chair it. "
                       "\u201cWe can do it,\u201d Lee said.") == "Fenwick Health's chief"
    assert description("Ada Quist, 54, the mayor of Fenwick, said the ferry would run.") == "the mayor of Fenwick"
    # A phrase with a verb before the name is what was said, not who the speaker is.
    assert description("The harbor closed early, Tim Lee, 61, said.") == ""
    assert description("The ferry runs late, Tim Lee, 61, said.") == ""


def test_a_description_set_before_the_name_by_a_comma_is_part_of_the_named_speakers_mention():
    # "The ferry will stop, a spokeswoman, Holly Ek, said": she is named (no anonymous source), the
    # description is hers and not what was said, whether the cue comes before or after them.
    def speech(sentence: str) -> tuple[str, str, str, str, str]:
        ann = annotate_text(f"Harbor news\n\n{sentence}")
        [quote], [source] = ann.quotes, ann.sources
        return quote.text, quote.speaker.mention, source.name, source.kind, source.description

    assert speech("The ferry will stop in March, a spokeswoman, Holly Ek, said on Monday.") == (
        "The ferry will stop in March", "a spokeswoman, Holly Ek", "Holly Ek", "person", "a spokeswoman")
    assert speech("The ferry will stop in March, said a spokeswoman for the line, Holly Ek.") == (
        "The ferry will stop in March", "a spokeswoman for the line, Holly Ek", "Holly Ek", "person",
        "a spokeswoman for the line")
    assert speech("“The ferry will stop,” the mayor, Ada Quist, said.")[1:] == (
        "the mayor, Ada Quist", "Ada Quist", "person", "the mayor")
    # A given name alone is the source's name; the description before it says who that is.
    assert speech("The ferry will stop in March, her son, Ivo, said.")[1:] == (
        "her son, Ivo", "Ivo", "person", "her son")
    # A subject with a gerund cue: the name with its description ("Quist's son, Ivo, ..., saying").
    assert speech("Quist's son, Ivo, defended her on Tuesday, saying she was right.")[1] == "Quist's son, Ivo"
    # Two subjects joined by "and" are no one's description; a clause going on after the name is no aside.
    assert speech("The ferry will stop, the council and its clerk, Tim Lee, said.")[1] == "Tim Lee"
    assert speech("The ferry will stop, said a spokeswoman, Holly Ek and the port.")[1] == "a spokeswoman"


def test_who_speaks_in_a_clause_an_aside_or_a_request_for_anonymity():
    def said_by(sentence: str) -> list[tuple[str, str]]:
        return [(q.text, q.speaker.mention) for q in annotate_text(f"Harbor news\n\n{sentence}").quotes]

    # A clause a subordinator opens ends the speaker's description: engineers told it, not the tunnel.
    assert said_by("The council delayed a vote on the harbor tunnel after engineers told members that the tunnel "
                "could cost more.") == [("the tunnel could cost more", "engineers")]
    # Asking not to be named says nothing: the official speaks, anonymous, with the reason.
    ann = annotate_text("Harbor news\n\nA port official, who asked not to be named, said the state would not pay.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [("the state would not pay", "A port official")]
    assert [(s.kind, s.named, s.description) for s in ann.sources] == [
        ("anonymous", False, "who asked not to be named")]
    # An aside after a name describes it; the name speaks in the clause "but" joins on.
    assert said_by("Tim Lee, a spokesman for the firm, declined to comment but said the firm would wait.") == [
        ("the firm would wait", "Tim Lee")]
    # A name the aside calls a company is an organization.
    [source] = annotate_text("Harbor news\n\nHalvard, a shipping company based in Fenwick, said the ferry would "
                             "stop.").sources
    assert (source.name, source.kind) == ("Halvard", "organization")
    # ... and "the company" after it is that company, named ("a Fenwick startup": a company too).
    [source] = annotate_text("Harbor news\n\nHarbor Robotics, a Fenwick startup that builds ferries, is laying off "
                             "200 workers, the company said on Wednesday.").sources
    assert (source.name, source.kind, source.named) == ("Harbor Robotics", "organization", True)
    # A relative clause of role describes the speaker at the end of the sentence too, after an age.
    assert description("“Build it,” said Rita Vance, 67, who runs a bait shop near the landing.") == (
        "who runs a bait shop near the landing")
    # A long clause of role is whole, up to its comma.
    assert description("“It matters,” Dr. Rita Vance, who directs the allergy clinic at Quay Children's Hospital and "
                       "was not involved in the trial, said.") == (
        "Dr., who directs the allergy clinic at Quay Children's Hospital and was not involved in the trial")
    # What a person sells, drives or volunteers for says who they are there.
    assert description("“We have waited two years,” said Pete Olsson, who sells farm equipment near the crossing.") \
        == "who sells farm equipment near the crossing"


def test_reported_speech_keeps_its_quoted_words_and_their_speaker_whole():
    # A "but" inside quoted words is theirs: the reported speech does not end there.
    quotes = annotate_text('Harbor news\n\nThe mayor said the delay was "regrettable but necessary" and that the '
                           'town would seek a review.').quotes
    assert quotes[0].text == 'the delay was "regrettable but necessary" and that the town would seek a review'
    # Quoted words inside reported speech have its speaker, a pronoun read in order of the text.
    ann = annotate_text('Harbor news\n\nTim Lee, a spokesman, said the firm "stands behind every figure."\n\n'
                        'Ivo Marsh, a retired welder, said he worried about taxes. He added that the ferry "works '
                        'fine if they would fix the schedule."')
    assert {(q.kind, q.speaker.name) for q in ann.quotes if "ferry" in q.text or "works" in q.text} == {
        ("indirect", "Ivo Marsh"), ("partial", "Ivo Marsh")}


def test_a_second_that_clause_in_quotation_marks_is_part_of_the_reported_speech():
    # "told reporters that stocks had fallen and that “doing nothing is not an option.”": one statement,
    # with the quoted words inside it (not a quotation that hides the rest of what he said).
    quotes = annotate_text('Harbor news\n\nOskar Brandt told reporters that cod stocks had fallen by 40 percent '
                           'and that "doing nothing is not an option."').quotes
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", 'cod stocks had fallen by 40 percent and that "doing nothing is not an option."'),
        ("partial", '"doing nothing is not an option."')]
    # Cooperatives, nonprofits and charities speak as organizations.
    [quote] = annotate_text("Harbor news\n\nThree fishing cooperatives sued the state, arguing that the new limits "
                            "were adopted without a hearing.").quotes
    assert quote.speaker.mention == "Three fishing cooperatives"


def test_anonymous_sources_keep_their_reason_and_their_members_and_named_ones_their_bare_role():
    ann = annotate_text("Harbor news\n\nThe port is for sale, according to three people familiar with the talks."
                        "\n\nThe board met on Thursday, the people said, speaking on the condition of anonymity to "
                        "discuss the talks. One offer came from Norway, one of the people said.")
    # The reason given after the cue, where they speak again, is what goes with the anonymous source; what
    # was said ends before the cue; one of them speaks for the group, one source.
    assert [q.text for q in ann.quotes] == ["The port is for sale", "The board met on Thursday",
                                            "One offer came from Norway"]
    assert [(s.name, s.description, s.quote_count) for s in ann.sources] == [
        ("three people familiar with the talks", "speaking on the condition of anonymity to discuss the talks", 3)]
    # "One of them" with the reason set beside it speaks for the group as well.
    ann = annotate_text("Harbor news\n\nTwo people familiar with the plan said the council had been warned. One of "
                        "them, who was not authorized to discuss private meetings, said the town attorney had urged "
                        "members to wait.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("the council had been warned", "Two people familiar with the plan"),
        ("the town attorney had urged members to wait", "One of them")]
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Two people familiar with the plan", 2)]
    # ... and so does one of them whose quotation follows a group's report (quotations are read first).
    ann = annotate_text("Harbor news\n\nTwo nurses at Fenwick General Hospital said staff had learned of the deal "
                        "from the news. \u201cNobody told us anything,\u201d one of them said.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("Two nurses at Fenwick General Hospital", "Two nurses at Fenwick General Hospital"),
        ("one of them", "Two nurses at Fenwick General Hospital")]
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Two nurses at Fenwick General Hospital", 2)]
    # A role without its article after the name describes the person; an employer there does not make
    # the person a company.
    assert description("“It is a betrayal,” Marco Reyes, president of the Ferry Workers Union, wrote.") == (
        "president of the Ferry Workers Union")
    [source] = annotate_text("Harbor news\n\nRuss Ward, a visiting fellow at the Harbor Institute, said the "
                             "port could sue.").sources
    assert (source.kind, source.description) == ("person", "a visiting fellow at the Harbor Institute")
    # Not answering requests for comment says nothing.
    assert not annotate_text("Harbor news\n\nA spokesman for the firm did not respond to requests for "
                             "comment.").quotes


def test_people_described_by_their_trade_and_bodies_named_by_their_kind_speak():
    ann = annotate_text("Harbor news\n\nA longtime tug captain in Fenwick, who asked that his last name not be used "
                        "because he feared losing work, said he had watched the test run.")
    [quote], [source] = ann.quotes, ann.sources
    assert (quote.text, source.kind, source.description) == (
        "he had watched the test run", "anonymous", "who asked that his last name not be used because he feared "
        "losing work")
    for sentence, kind in [("The utility said in a statement that power would return by Wednesday.", "organization"),
                           ("The Tugmasters Guild said the tugs had no place in crowded harbors.", "organization"),
                           ("A harbor pilot who guided the tanker said the fog was thick.", "anonymous"),
                           # (a trade that is a surname too, alone and capitalized, is a name)
                           ("Carpenter said the fog was thick.", "person")]:
        [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
        assert source.kind == kind, sentence


def test_a_document_its_writer_presented_and_a_role_held_for_years():
    [quote] = annotate_text("Harbor news\n\nAccording to a report the town manager presented to the council on "
                            "Monday, meter revenue reached $84,000.").quotes
    assert (quote.text, quote.speaker.mention) == (
        "meter revenue reached $84,000", "a report the town manager presented to the council on Monday")
    assert description('"We are losing people," said Carmen Ortiz, who has run a bakery on Main Street for 19 '
                       'years.') == "who has run a bakery on Main Street for 19 years"


def test_a_description_opening_the_sentence_before_a_name_an_aide_to_someone_and_a_relative_that():
    ann = annotate_text("Harbor news\n\nSen. Ivo Hale said the tunnel was too costly.\n\nThe former governor, "
                        "Walt Durning, who signed the last dredging bill in 2009, weighed in on Thursday. He said "
                        "both senators had a point.\n\nOne aide to the Senate president said a deal was possible.")
    # The description is the governor's, nothing he said; the man just named with his aside is "He".
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("the tunnel was too costly", "Sen. Ivo Hale", "Ivo Hale"),
        ("both senators had a point", "He", "Walt Durning"),
        ("a deal was possible", "One aide to the Senate president", "One aide to the Senate president")]
    assert ("Walt Durning", "The former governor") in [(s.name, s.description) for s in ann.sources]
    # (So with "whose": "she" is the representative just named, not the spokeswoman quoted before her.)
    ann = annotate_text('Harbor news\n\n"It was necessary," said Dana Kim, a spokeswoman.\n\nState Rep. Lena '
                        'Ortiz, whose district includes the terminal, wrote on X that she would ask for a hearing. '
                        '"We need answers," she wrote.')
    assert [q.speaker.name for q in ann.quotes] == ["Dana Kim", "Lena Ortiz", "Lena Ortiz"]
    # Not a subject's description when the name is no appositive ("These boats, Quist said, are ..."), nor
    # an infinitive's "to" ("allows users to add").
    assert [q.speaker.mention for q in annotate_text("Harbor news\n\nThese boats, Ada Quist said, are the "
                                                     "oldest in the harbor.").quotes] == ["Ada Quist"]
    # A "that" a verb and its object follow is a relative pronoun, not what opens what was said.
    quotes = annotate_text("Harbor news\n\nHale said he supported dredging but wanted the cost shared by the "
                           "shipping companies that use the port.").quotes
    assert [q.text for q in quotes] == ["he supported dredging",
                                        "the cost shared by the shipping companies that use the port"]


def test_a_group_named_after_its_kind_and_an_organization_named_or_not():
    assert description('"Every hour counts," said Kari Lunde of the group Coast Watch.') == "of the group Coast Watch"
    assert description('"Every hour counts," said Kari Lunde of the Fenwick Harbor Trust.') == (
        "of the Fenwick Harbor Trust")
    # Capitalized to open its sentence, a common noun names no one; a name is a name wherever it stands.
    for sentence, named in [("Environmental groups urged the state to act faster.", False),
                            ("The Harbor Institute urged the state to act faster.", True),
                            ("Fenwick Ferry's board urged the state to act faster.", True),
                            ("Both campaigns said the debate would go ahead.", False)]:
        [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
        assert (source.kind, source.named) == ("organization", named), sentence


def test_verbs_that_take_a_thing_report_only_what_a_clause_opens():
    assert said("Harbor Bank maintains the largest share of the local mortgage market.") == []
    assert said("The new ferry app supports two languages and offline tickets.") == []
    assert said("Ada Quist maintains that the ferry was never in danger.") == ["the ferry was never in danger"]


def test_they_is_the_group_a_sentence_opens_with_and_a_headlines_study_is_the_one_named_in_full():
    ann = annotate_text("Cod are shrinking, study finds\n\nYoung cod are growing more slowly, according to a study "
                        "published Wednesday in Marine Ecology.\n\nThe researchers measured 12,000 fish. They found "
                        "that growth slowed most in warm summers.\n\nA port official said the catch was down. They "
                        "said the limits would stay.")
    names = [q.speaker.name for q in ann.quotes]
    assert names[2] == "The researchers"  # not a person named nowhere, nor one unnamed source of one
    assert names[4] == "They" and ann.quotes[4].speaker.source_id is None  # (not the one port official)
    documents = [s.name for s in ann.sources if s.kind == "document"]
    assert documents == ["a study published Wednesday in Marine Ecology"]  # the headline's study too


def test_a_players_position_is_a_title_and_a_role_opening_a_paragraph_is_read_whole():
    ann = annotate_text("Harbor news\n\nForward Jonas Ek, who scored the tying goal with 1:12 left, said the team "
                        "had played faster. \"We were too careful for two periods,\" he told reporters.\n\nHarbor "
                        "City coach Ray Okafor called the loss \"a gut punch.\"")
    assert [(s.name, s.description) for s in ann.sources] == [("Jonas Ek", "Forward"),
                                                              ("Ray Okafor", "Harbor City coach")]
    assert [q.speaker.name for q in ann.quotes if q.kind == "direct"] == ["Jonas Ek"]  # "he", after his clause
    assert description("Star receiver Tim Lee said the team was tired.") == "Star receiver"  # (football's too)


def test_an_abbreviations_point_in_a_relative_clause_does_not_end_it():
    # "he" is the rider whose clause holds "No. 9" or "U.S.", not the union leader named before him.
    for clause in ("who takes the No. 9 bus to the clinic", "who moved to the U.S. in 1990"):
        ann = annotate_text(f"Harbor news\n\nPete Olsson said the shortage was real. Marco Reyes, {clause}, said "
                            "the cut would add an hour to each trip. \u201cI don\u2019t drive,\u201d he said.")
        assert [q.speaker.name for q in ann.quotes] == ["Pete Olsson", "Marco Reyes", "Marco Reyes"], clause


def test_an_adverb_or_a_dashed_aside_before_what_was_said_is_passed_over():
    assert said("The report cautions, however, that regulation remains the biggest hurdle.") == [
        "regulation remains the biggest hurdle"]
    assert said("Quist said that – in her professional life – she is a strong advocate for the port.") == [
        "in her professional life – she is a strong advocate for the port"]
    # (One dash closes what was said: "... -- having suggested otherwise" is the writer's.)
    assert said("Quist said the port would close -- having suggested otherwise last week.") == [
        "the port would close"]


def test_according_to_a_document_held_by_someone_or_to_two_sources_before_what_was_said():
    ann = annotate_text("Harbor news\n\nAccording to a memo obtained by the Fenwick Courier, the pier was weaker "
                        "than expected.")
    [quote], [source] = ann.quotes, ann.sources
    assert (quote.text, source.name, source.kind) == (
        "the pier was weaker than expected", "a memo obtained by the Fenwick Courier", "document")
    [quote] = annotate_text("Harbor news\n\nAccording to a complaint filed by the Harbor Trust and a second "
                            "complaint by the town, the developers ran a scheme.").quotes
    assert quote.text == "the developers ran a scheme"


def test_two_people_of_one_surname_are_two_sources_and_the_surname_alone_names_the_first():
    ann = annotate_text("Harbor news\n\nJohn Smith said the dock was unsafe.\n\nMary Smith said the dock was safe."
                        "\n\nSmith said the repairs would wait for spring.")
    assert [q.speaker.name for q in ann.quotes] == ["John Smith", "Mary Smith", "John Smith"]
    assert [(s.name, s.quote_count) for s in ann.sources] == [("John Smith", 2), ("Mary Smith", 1)]
    # A word of the language run into the name is no given name: the same person ("Following Smith").
    ann = annotate_text("Harbor news\n\nJohn Smith said the dock was unsafe.\n\nFollowing Smith, the board said "
                        "the dock would close.\n\nSmith said the repairs would wait.")
    assert {s.name for s in ann.sources if s.kind == "person"} == {"John Smith"}


def test_one_named_with_the_organization_that_places_them_speaks_and_is_described_by_it():
    ann = annotate_text("Harbor news\n\nRita Vance of the Fenwick Harbor Trust said the dock was unsafe.")
    [source] = ann.sources
    assert (source.name, source.kind, source.description) == ("Rita Vance", "person", "of the Fenwick Harbor Trust")
    # One who speaks for the person named so still speaks.
    [quote] = annotate_text("Harbor news\n\nA spokesman for Rita Vance of the Fenwick Harbor Trust said the dock "
                            "was unsafe.").quotes
    assert quote.speaker.mention.startswith("A spokesman")


def test_a_pronoun_skips_a_person_whose_given_name_says_another_gender():
    # "Rita" (a given name of the Census's, borne mostly by women) is not "he".
    quotes = annotate_text("Harbor news\n\nTim Lee said the ferry was late.\n\nRita Vance said the ferry was full."
                           "\n\nHe said the boats would run all winter.").quotes
    assert quotes[-1].speaker.name == "Tim Lee"


def test_a_rare_given_name_that_is_also_a_word_stays_in_the_persons_name():
    # "Lily" is a word and a given name: "Eskel Quist" later is the same woman, still "Lily Eskel Quist".
    ann = annotate_text("Harbor news\n\nLily Eskel Quist said the dock was unsafe.\n\nEskel Quist said the repairs "
                        "would wait for spring.")
    assert {s.name for s in ann.sources} == {"Lily Eskel Quist"}


def test_newspapers_and_trades_in_men_are_no_persons_and_a_common_noun_is_no_name():
    def source(sentence: str) -> tuple[str, str, bool]:
        [s] = annotate_text(f"Harbor news\n\n{sentence}").sources
        return s.name, s.kind, s.named

    assert source("The Fenwick Courier reported Tuesday that the mayor had resigned.") == (
        "Fenwick Courier", "organization", True)
    assert source("Fishermen say the new rules are unfair.") == ("Fishermen", "anonymous", False)
    # "The board" is an organization the text does not name.
    assert source("The board said the fares would rise in May.") == ("The board", "organization", False)


def test_a_that_a_finite_verb_follows_does_not_open_what_was_said_and_a_refusal_to_reply_says_nothing():
    # "that" as the clause's subject, or as a relative pronoun after what was spoken of.
    assert said("Critics say that is not enough for the island.") == ["that is not enough for the island"]
    assert said("Tim Lee warned of a long battle that could split the council.") == [
        "of a long battle that could split the council"]
    assert said("Tim Lee said that the council could split.") == ["the council could split"]
    # Not replying to a request says nothing.
    assert said("The office did not respond to a request for comment on the plan.") == []
    assert said("The office did not respond to requests for comment on Lee's remarks.") == []  # (no verb: "remarks")
    # Nor does the reporter's message seeking comment; a report later in the sentence is still read.
    assert said("Lee did not respond to a message seeking comment on Sunday.") == []
    assert reported("Lee did not respond to an email asking for comment on the fire, but his lawyer said he would "
                    "appeal.") == [("he would appeal", "his lawyer")]
    assert reported("Lee did not respond to a request for comment, but his lawyer said he would appeal.") == [
        ("he would appeal", "his lawyer")]


def test_a_document_named_with_its_author_speaks_as_the_document():
    [quote] = annotate_text("Harbor news\n\nA 2023 report by the Coastal Institute found that the bay is freezing "
                            "earlier.").quotes
    assert quote.speaker.mention == "A 2023 report by the Coastal Institute"
    assert [s.kind for s in annotate_text("Harbor news\n\nA 2023 report by the Coastal Institute found that the bay "
                                          "is freezing earlier.").sources] == ["document"]
    # and with when and by whom it came out ("released last week by ...")
    for sentence, mention in (
            ("A poll released last week by Norland University showed Vance leading 46 percent to 41 percent.",
             "A poll released last week by Norland University"),
            ("A report published in March by the Coastal Institute found that the bay is freezing earlier.",
             "A report published in March by the Coastal Institute")):
        assert [q.speaker.mention for q in annotate_text(f"Harbor news\n\n{sentence}").quotes] == [mention]


def test_what_ends_the_phrase_naming_who_speaks():
    # "a fight over what critics call ...": the critics call it so, not "a fight over what critics".
    [quote] = annotate_text('Harbor news\n\nThe council voted to sell the pier, ending a long fight over what critics '
                            'call the town\'s "last public waterfront."').quotes
    assert quote.speaker.mention == "critics"


def test_a_source_is_described_by_the_role_written_before_its_name():
    assert description("“We are ready,” said Fenwick port director Paul Grant.") == "Fenwick port director"
    assert description("“We are ready,” harbor board spokesman Tim Lee said.") == "harbor board spokesman"
    # Not the words before a sentence's end, a cue or a preposition; not a word that names no role.
    assert description("The port is open.\n\nPaul Grant said the cranes were fixed.") == ""
    assert description("The cranes, said Paul Grant, were fixed.") == ""
    assert description("It was a lower Paul Grant who said the cranes were fixed.") == ""


def test_quoted_words_after_a_naming_verb_and_as_are_its_subjects():
    # "which the union rejected as “...”": the union's words, inside the authority's report.
    quotes = annotate_text('Harbor news\n\nThe port authority said it offered a raise, which the union rejected as '
                           '"an insult to every family."').quotes
    assert [(q.kind, q.speaker.mention) for q in quotes if q.kind == "partial"] == [("partial", "the union")]
    quotes = annotate_text('Harbor news\n\nThe mayor said the plan, which critics have dismissed as "a giveaway to '
                           'developers," would pass.').quotes
    assert [q.speaker.mention for q in quotes if q.kind == "partial"] == ["critics"]


def test_a_document_named_again_by_its_noun_is_the_same_source():
    ann = annotate_text("Harbor news\n\nA 2023 report by the Coastal Institute found that the bay is freezing "
                        "earlier.\n\nThe report warned that the ferry may not be viable past 2030.\n\nA review of the "
                        "harbor's emails showed that the board knew.\n\nThe emails said the ice would come early.")
    assert [(s.name, s.quote_count) for s in ann.sources] == [
        ("A 2023 report by the Coastal Institute", 2), ("A review of the harbor's emails", 1), ("The emails", 1)]


def test_a_source_is_described_by_a_relative_clause_of_role_and_by_a_company_s_post_before_the_name():
    for sentence, described in (
            ("Ana Lima, who chairs the harbor committee, said the boats were safe.", "who chairs the harbor committee"),
            ("Sen. Ana Lima, who chairs the harbor committee, said the boats were safe.",
             "Sen., who chairs the harbor committee"),
            ("Fenwick Ferry's chief executive, Omar Haddad, said the boats were safe.",
             "Fenwick Ferry's chief executive"),
            # A title written out and the place it is held in read as one: no comma between them.
            ("Sheriff Tim Lee of Fenwick County said the road would close.", "Sheriff of Fenwick County"),
            ("Dr. Ada Quist of the Fenwick Clinic said the virus was spreading.", "Dr., of the Fenwick Clinic"),
            ("“It is over,” said marine biologist Ada Quist of Norland University.",
             "marine biologist of Norland University"),
            # The place ends where the sentence does, or where a second titled person or the day begins.
            ("“It is over,” said Mayor Tim Lee of Fenwick. But the vote is on Monday.", "Mayor of Fenwick"),
            ("“It is over,” said Rep. Tim Lee of New York. “We lost.”", "Rep., of New York"),
            ("“It is over,” said Sen. Tim Lee of Ohio and Sen. Ada Quist of Iowa, who wrote it.", "Sen., of Ohio"),
            ("“It is over,” said Ada Quist of Fenwick Co. on Monday.", "of Fenwick Co."),
            ("“It is over,” said Ada Quist of the U.S. Harbor Service.", "of the U.S. Harbor Service"),
            ("“It is over,” said Ada Quist of the Department of Health and Human Services.",
             "of the Department of Health and Human Services")):
        assert description(sentence) == described, sentence
    # "who is" describes only before an article.
    assert description("Ana Lima, who is seen as a rival, said the boats were safe.") == ""


def test_a_name_owning_the_noun_after_an_inverted_cue_opens_what_was_said():
    """'..., said Fenwick's ferry had been late': the possessive owns a noun a verb follows, a clause, no speaker."""
    text = ("Harbor news\n\nThe harbor master, who was not authorized to speak, said Fenwick's ferry had been late "
            "all week.\n\n\u201cIt is time,\u201d exhorted Fenwick's mayor, Ada Quist.")
    quotes = annotate_text(text).quotes
    assert not any(q.speaker and q.speaker.mention == "Fenwick's" for q in quotes)
    assert not any(q.text.startswith("The harbor master") for q in quotes)
    assert [q.speaker.mention for q in quotes if q.text.startswith("\u201cIt is")] == ["Fenwick's mayor"]


def test_a_that_after_an_infinitives_object_does_not_open_what_was_said():
    """'refused to extend a quota that expires': the relative clause is no report; the infinitive is."""
    text = "Harbor news\n\nThe mayor refused to extend a fishing quota that expires in June."
    assert [q.text for q in annotate_text(text).quotes] == ["to extend a fishing quota that expires in June"]


def speaker_name(text: str, opening: str) -> str:
    """The name of who speaks the words the text's quote opening so holds."""
    return next(q for q in annotate_text(text).quotes if q.text.startswith(opening)).speaker.name


def test_a_pronoun_after_an_unnamed_speaker_of_one_is_that_speaker():
    """'One mother ... said ... “...,” she said': the mother, not the doctor named two paragraphs before."""
    text = ("Harbor news\n\nDr. Ada Quist, the county's health officer, said the clinics would open on Monday.\n\n"
            "At the meeting, one mother, who asked that her name not be used, said she had waited a month.\n\n"
            "\u201cI just want to decide for myself,\u201d she said.")
    ann = annotate_text(text)
    quote = next(q for q in ann.quotes if q.text.startswith("\u201cI just"))
    assert quote.speaker.name == "one mother"
    mother = next(s for s in ann.sources if s.id == quote.speaker.source_id)
    assert mother.kind == "anonymous" and mother.quote_count == 2


def test_a_pronoun_after_a_named_persons_kin_opening_a_sentence_is_the_kin():
    # The mother does not speak where she is brought in: "she" is still she, not the daughter named before.
    text = ("Harbor news\n\nAda Quist died in her apartment in 2022.\n\nQuist's mother, who came to every day of the "
            "trial, wept as the verdict was read. Outside, she told reporters that no sum would bring her "
            "daughter back.")
    [quote] = annotate_text(text).quotes
    assert (quote.speaker.mention, quote.speaker.name) == ("she", "Quist's mother")
    # Not her parents, who are two: "he" is still the son.
    text = ("Harbor news\n\nTim Lee visited the pier.\n\nLee's parents died in a storm in 1987, and he says it "
            "taught him a lot. He says there are many people who never get listened to.")
    assert {q.speaker.name for q in annotate_text(text).quotes} == {"Tim Lee"}


def test_a_pronoun_answering_an_unnamed_speakers_question_stays_with_the_person_named():
    """'“Will the ferry run?” a fisherman asked. “...,” she said' after Quist: Quist answers, the asker does not."""
    text = ("Harbor news\n\nRita Vance, the harbor master, took questions at the dock.\n\n"
            "\u201cWill the ferry run on Sunday?\u201d a fisherman asked.\n\n"
            "\u201cIt will run every day,\u201d she said.")
    assert speaker_name(text, "\u201cIt will") == "Rita Vance"


def test_a_name_set_off_after_a_role_that_opens_the_sentence_is_its_subject():
    """'Fenwick's chief negotiator, Pete Olsson, rejected ...' then 'He said': Olsson, not the man before."""
    text = ("Harbor news\n\nTalks broke down after Solvay's mayor Tim Lee refused to sign the treaty.\n\n"
            "Fenwick's chief negotiator, Pete Olsson, rejected that account. He said his team had offered three "
            "compromises.")
    assert speaker_name(text, "his team") == "Pete Olsson"
    # (A name after a role inside a phrase whose noun is no person's: the study concluded, not Lee.)
    text = ("Harbor news\n\nPete Olsson opened the hearing on Monday. A study by a Fenwick sociologist, Tim Lee, "
            "concluded this year that the ferries ran late.\n\nHe said the port would hire more crews.")
    assert speaker_name(text, "the port") == "Pete Olsson"


def test_a_description_after_its_postmodifier_does_not_reach_back_over_a_sentence():
    """'... according to officials involved in the talks. The officials, who ..., said': two sentences."""
    text = ("Harbor news\n\nThe talks broke down, according to three officials involved in the talks.\n\n"
            "The officials, who spoke on the condition of anonymity, said Solvay's delegation walked out.")
    quotes = annotate_text(text).quotes
    assert [(q.text, q.speaker.mention) for q in quotes if q.text.startswith("Solvay")] == [
        ("Solvay's delegation walked out", "The officials")]


def test_the_organizations_noun_stands_for_the_name_it_ends():
    """'the department' after 'data from the Fenwick Health Department' (a document's words), and 'The fund'
    after 'The Harbor Relief Fund' named but not speaking: the organization, by its name."""
    text = ("Harbor news\n\nMost of the cases were among children, according to data from the Fenwick Health "
            "Department. Eleven children are in hospital, the department said.\n\n"
            "The Harbor Relief Fund cut its grants this year. The fund said donations had fallen by half.")
    ann = annotate_text(text)
    names = {q.text: q.speaker.name for q in ann.quotes}
    assert names["Eleven children are in hospital"] == "Fenwick Health Department"
    assert names["donations had fallen by half"] == "Harbor Relief Fund"


def test_a_capital_speaks_for_its_government_unless_it_is_a_surname_named_before():
    """'Moscow denied ...' is Russia's government speaking (an organization, not a person named Moscow);
    'Cairo said' after 'Ada Cairo, a mathematician' is her."""
    ann = annotate_text("Harbor news\n\nMoscow denied that its ships had entered the channel.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Moscow", "organization")]
    ann = annotate_text("Harbor news\n\nAda Cairo, a mathematician at Fenwick College, proved the old conjecture. "
                        "Cairo said the proof had taken a year.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Ada Cairo", "person")]


def test_a_single_name_the_text_uses_as_a_place_speaks_as_an_organization():
    """'Solvay said' where the story writes 'in Solvay' (a town no lexicon lists): its authorities, no person."""
    text = "Harbor news\n\nSolvay said the ferry would run on time. Many people in Solvay were angry anyway."
    assert [(s.name, s.kind) for s in annotate_text(text).sources] == [("Solvay", "organization")]


def test_a_name_ending_in_a_companys_plural_noun_is_a_company():
    """'Fenwick Ferries reported ...' is a company (it said in a statement), no person named Ferries."""
    text = ("Harbor news\n\nFenwick Ferries reported a drop in profit on Thursday, hurt by fuel prices. Revenue rose "
            "4 percent, it said in a statement.")
    ann = annotate_text(text)
    assert [(s.name, s.kind) for s in ann.sources] == [("Fenwick Ferries", "organization")]
    assert [q.speaker.name for q in ann.quotes] == ["Fenwick Ferries", "Fenwick Ferries"]


def test_a_headlines_participle_before_a_preposition_is_passive():
    """'Fenwick man charged in warehouse fire': charged by someone else, he says nothing."""
    text = "Fenwick man charged in warehouse fire\n\nA Fenwick man was charged on Monday with arson, police said."
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("A Fenwick man was charged on Monday with arson", "police")]


def test_declining_to_give_a_name_is_the_reason_an_unnamed_source_gives():
    text = "Harbor news\n\nA neighbor, who declined to give her name, said she had seen him loading boxes."
    assert [s.description for s in annotate_text(text).sources] == ["who declined to give her name"]
    # (in a second clause before the cue)
    text = ("Harbor news\n\nAn engineer who worked on the ferry study, and who asked not to be named because she "
            "still works for the town, said the real cost could be twice as high.")
    assert [s.description for s in annotate_text(text).sources] == [
        "who asked not to be named because she still works for the town"]


def test_a_phrase_read_back_from_a_cue_stays_in_its_own_sentence_and_paragraph():
    """'... a complaint filed in court. Prosecutors allege that': the prosecutors, not the complaint; and
    'Six papers in Fenwick, including the Courier, said' after a quotation ends the paragraph before."""
    text = ("Harbor news\n\nTim Lee was arrested, according to a complaint filed in county court.\n\n"
            "Prosecutors allege that Lee set the fire to collect on a policy.")
    assert speaker_name(text, "Lee set") == "Prosecutors"
    text = ("Harbor news\n\n\u201cI am ashamed of the council,\u201d she said.\n\n"
            "Six papers in Fenwick, including the Fenwick Courier, said the mayor should resign.")
    assert speaker_name(text, "the mayor should") == "Six papers"


def test_a_companys_name_set_off_after_its_description_speaks():
    """'The ferry operator, Fenwick Ferries, said': the company (not a place set off so: 'Houston, Texas,')."""
    text = ("Harbor news\n\nThe ferry operator, Fenwick Ferries, said in a statement that it would cancel its early "
            "runs.\n\nA dock worker from Fenwick, New Hampshire, said the runs were often empty.")
    ann = annotate_text(text)
    assert [(q.speaker.name, s.kind) for q in ann.quotes for s in ann.sources if s.id == q.speaker.source_id] == [
        ("Fenwick Ferries", "organization"), ("A dock worker from Fenwick", "anonymous")]


def test_the_second_of_two_people_set_off_by_their_roles_keeps_its_role():
    text = ("Harbor news\n\nFenwick's mayor, Rita Vance, and the council's budget chair, Holly Ek, traded accusations "
            "on Tuesday. Ek said the cut was reckless.")
    assert [(s.name, s.description) for s in annotate_text(text).sources] == [
        ("Holly Ek", "the council's budget chair")]


def test_a_verbs_base_form_after_an_indefinite_article_is_a_noun():
    """'As a general rule, ...', 'a global ferry brand': nouns, no speech; 'a heatmap may show that', 'a few
    mention ...' are verbs still."""
    text = ("Harbor news\n\nAs a general rule, the ferry runs late in winter. Take Fenwick Ferries, a global ferry "
            "brand, as an example.\n\nFor riders, a map may show that the ferry runs late. Most were happy; "
            "a few mention long waits at the dock.")
    assert [q.text for q in annotate_text(text).quotes] == ["the ferry runs late", "long waits at the dock"]


def test_thanks_to_is_a_preposition_and_read_more_a_label():
    text = ("Harbor news\n\nThe port grew quickly thanks to the efforts of Ada Quist, who ran it for years.\n\n"
            "Read More: The Best Ferries of the Year\n\nAda Quist thanks the crew for its hard work.")
    assert [q.text for q in annotate_text(text).quotes] == ["the crew for its hard work"]


def test_a_tables_labelled_rows_are_no_transcript():
    """'OVERALL RANK:<tab>N/A' rows (a table's cells, apart by tabs as extraction writes them): nobody speaks."""
    text = ("Harbor news\n\nFerry overview\n\nOVERALL RANK:\tN/A\n\nUSABILITY:\tModerate, few apps\n\n"
            "LOG FILES:\tNo logging policy")
    assert annotate_text(text).quotes == []


def test_a_specifications_fields_apart_by_bars_are_no_transcript():
    """'CPU: ... | RAM: ... | Storage: ...': a product's specification, though "CPU" ends a name ("its
    N-series CPU") the text read as a person's."""
    text = ("Laptop review\n\nThe Harbor 14 is light, and its N-series CPU runs cool.\n\n"
            "CPU: Fenwick Core 7 | RAM: 32GB | Storage: 1TB\n\nThe Harbor 16 is heavier.\n\n"
            "CPU: Fenwick Core 3 | RAM: 16GB | Storage: 512GB\n\nAda Quist, the tester, said the Harbor 14 was faster.")
    assert [(q.text, q.speaker.mention) for q in annotate_text(text).quotes] == [
        ("the Harbor 14 was faster", "Ada Quist")]


def test_a_cues_particle_is_part_of_the_cue_not_of_what_was_said():
    text = "Harbor news\n\nThe review points out the ferry does not run on Sundays."
    assert [(q.text, q.cue.text) for q in annotate_text(text).quotes] == [
        ("the ferry does not run on Sundays", "points out")]


def test_a_company_that_opens_the_story_is_whom_it_and_the_company_stand_for():
    text = ("Harbor news\n\nHarbor Robotics on Monday unveiled a water taxi that it says can carry twelve passengers. "
            "The company plans to start service in the spring, it said.")
    ann = annotate_text(text)
    assert {q.speaker.name for q in ann.quotes} == {"Harbor Robotics"}
    assert [(s.name, s.kind, s.named) for s in ann.sources] == [("Harbor Robotics", "organization", True)]


def test_declining_to_say_is_the_cue_and_a_role_set_off_before_a_name_makes_it_a_subject():
    """'A spokeswoman ... declined to say how long': the refusal reported, its speaker without 'declined';
    'Its president, Marco Reyes, told ...' makes Reyes the 'he' after (not the analyst named before)."""
    text = ("Harbor news\n\nA spokeswoman for the authority declined to say how long the review would take.\n\n"
            "Tim Lee, an analyst, said the taxi could earn $30 million. The union opposes it. Its "
            "president, Marco Reyes, told the Courier that the union would fight. \u201cA computer cannot pull "
            "anyone out of the water,\u201d he said.")
    quotes = annotate_text(text).quotes
    assert [(q.speaker.mention, q.cue.text) for q in quotes if q.text.startswith("to say")] == [
        ("A spokeswoman for the authority", "declined")]
    assert speaker_name(text, "\u201cA computer") == "Marco Reyes"


def test_an_aside_naming_only_an_object_leaves_the_cue_to_the_sentence():
    """'Holly Ek, who wrote the ordinance, said ...': she said what follows (the ordinance is what she wrote,
    no words of hers); 'The ordinance says ...' is a document; 'the trade group, the Coastal Cruise
    Association, called ...' is the association."""
    text = ("Harbor news\n\nCouncil member Holly Ek, who wrote the ordinance, said the town had studied it for years. "
            "The ordinance says large ships may not dock.\n\nThe cruise industry's trade group, the Coastal Cruise "
            "Association, called the vote shortsighted.")
    ann = annotate_text(text)
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("the town had studied it for years", "Holly Ek"), ("large ships may not dock", "The ordinance"),
        ("the vote shortsighted", "the Coastal Cruise Association")]
    assert [s.kind for s in ann.sources] == ["person", "document", "organization"]


def test_a_role_no_titled_person_holds_stays_an_unnamed_source():
    """'The mayor called the plan reckless' where no mayor is named: not the last name before (a company
    read as a person), an unnamed source; 'the Fenwick senator' after 'Sen. Ada Quist' is still her."""
    ann = annotate_text("Harbor news\n\nSony announced the camera on Monday. The mayor called the plan reckless.")
    assert [(s.name, s.kind, s.named) for s in ann.sources if s.name != "Sony"] == [("The mayor", "anonymous", False)]
    text = "Harbor news\n\nSen. Ada Quist opened the dock on Monday. The Fenwick senator said the ferry would run."
    assert speaker_name(text, "the ferry") == "Ada Quist"


def test_a_description_right_before_a_name_after_the_content_is_part_of_the_speakers_phrase():
    """'CONTENT, the ferry captain Tim Lee said': what came before the comma was said; not so for a thing
    set before the name ('a word Tim Lee repeated')."""
    for sentence in ("Fares rose by a third in a year, the ferry captain Tim Lee said on Monday.",
                     "Fares rose by a third in a year, Ada Quist's longtime aide Tim Lee said."):
        ann = annotate_text(f"Harbor news\n\n{sentence}")
        assert [(q.text, q.speaker.name) for q in ann.quotes] == [("Fares rose by a third in a year", "Tim Lee")]
    assert said("Fares rose by a third in a year, a word Tim Lee repeated.") == []


def test_a_description_opening_a_clause_joined_by_and_says_what_follows_said():
    """'..., and the families said ...': the families speak whatever their noun; before other cues a
    description there is as often a thing ('and the acceleration feels ...')."""
    assert said("The ferry was late, and the families said the captain was ill.") == ["the captain was ill"]
    assert said("The ride was smooth, and the acceleration feels punchier than the rest.") == []


def test_an_as_clause_reports_the_main_clause_or_its_own_words():
    """'As X reported (when), MAIN': the main clause was said; 'As X mentioned WORDS, MAIN': the words
    were; a comma right after the cue opens the main clause whole, commas of a list inside it too."""
    assert said("As the Fenwick Gazette reported just today, the ferry company is for sale.") == [
        "the ferry company is for sale"]
    assert said("As one reader mentioned wanting a new ferry, Quist proposed a dock.")[0] == "wanting a new ferry"
    assert said("As The Fenwick Gazette reported, even if Quist splits the vote with Lee, she needs half.") == [
        "even if Quist splits the vote with Lee, she needs half"]
    assert said("Though Quist said the ferry needs paint, rope, and fuel, she voted against the budget.") == [
        "the ferry needs paint, rope, and fuel"]


def test_a_share_of_them_speaks_as_a_group():
    """'three-fourths of them tell pollsters ...': the share speaks, not "they" after the cue."""
    for sentence, share in (("Three-fourths of them said they dislike the ferry.", "Three-fourths of them"),
                            ("About 70 percent of them said the ferry was late.", "About 70 percent of them")):
        [quote] = annotate_text(f"Harbor news\n\n{sentence}").quotes
        assert quote.speaker.mention == share


def test_a_document_named_by_where_it_comes_from_speaks():
    """'Exit polls from the harbor vote showed ...': the polls speak; a year before "shows" is no
    count ("data from 2011 to 2021 shows" is a verb, not "21 shows")."""
    assert reported("Exit polls from the harbor vote showed that 65 percent of voters backed the ferry.") == [
        ("65 percent of voters backed the ferry", "Exit polls from the harbor vote")]
    assert reported("Harbor data from 2011 to 2021 shows declines in ferry use among teens.") == [
        ("declines in ferry use among teens", "Harbor data from 2011 to 2021")]


def test_a_gerund_opening_the_sentence_is_its_subjects_report():
    """'Noting that both ferries were late, Quist blamed the council': Quist noted it; a main clause
    with a cue of its own reports too; a possessive after the comma names no one who noted."""
    assert reported("Noting that both ferries were late, Quist blamed the council.") == [
        ("both ferries were late", "Quist")]
    assert reported("Noting that both ferries were late, Quist said the town had a real problem.") == [
        ("both ferries were late", "Quist"), ("the town had a real problem", "Quist")]
    assert reported("Referencing the old harbor paintings, his photographs chronicle the docks at dawn.") == []
    assert reported("Boasting nine harbor prizes, director Tim Lee’s new film opens on Friday.") == []


def test_who_said_so_says_nothing_new():
    assert reported("Nearly six in 10 riders said the ferry was late. Most of those who said so named the toll as "
                    "their top concern.") == [("the ferry was late", "Nearly six in 10 riders")]
    # (after a clause "so" stands for, that clause was said)
    assert said("If the two met, neither side would say so.") == ["If the two met"]


def test_a_name_after_of_that_only_says_whose_is_no_speaker():
    # (a wrong speaker is worse than none: the harbor master speaks, not the town)
    assert all(who != "Fenwick" for _, who in reported(
        "The former harbor master of Fenwick told jurors that she had warned the council."))
    assert all(who != "Fenwick" for _, who in reported("A slice of Fenwick is tweeting support for the plan."))
    # (a body's noun before "of": the body of that name)
    assert reported("The government of Norland said it would act.") == [("it would act", "Norland")]


def test_a_body_or_a_document_a_that_clause_describes_speaks():
    # (the clause's verb one of what a body does, lexicons/role_verbs.txt, or in -ed; never the description)
    assert reported("The union that represents deckhands at the Norland pier said it had not been consulted.") == [
        ("it had not been consulted", "The union")]
    assert reported("The union that represented deckhands said it had not been consulted.") == [
        ("it had not been consulted", "The union")]
    assert reported("A study that followed 5,000 riders found that the late ferries cost the town $2 million.") == [
        ("the late ferries cost the town $2 million", "A study")]
    # (not past another clause's "that": the riders want, not the agency)
    assert all("agency" not in who for _, who in reported(
        "Quay Media is an agency that works with ferry lines that want to try something new and effective."))


def test_people_of_a_kind_named_by_an_example_speak_together():
    assert reported("Critics like Quist say the toll would help the board.") == [
        ("the toll would help the board", "Critics like Quist")]
    assert reported("Experts such as Tim Lee, a marine engineer, say the pier is unsafe.") == [
        ("the pier is unsafe", "Experts such as Tim Lee")]
    assert reported("Critics like the Fenwick Harbor Trust say the pier is unsafe.") == [
        ("the pier is unsafe", "Critics like the Fenwick Harbor Trust")]
    # (the kind opening its clause: not the object of a verb before it)
    assert all("riders" not in who for _, who in reported(
        "The firm provides data on registered riders and also unregistered adults like the ones Quist\u2019s "
        "campaign wants to register and mobilize."))


def test_people_a_clause_without_its_pronoun_describes_speak():
    """'Most of the captains we spoke to said ...': the captains, not "we" or "to"; not an object before
    the clause ('assures her audience she will tell')."""
    assert reported("Most of the captains we spoke to said a deal was likely.") == [
        ("a deal was likely", "Most of the captains")]
    assert reported("Still, none of the harbor pilots I interviewed this week thought a deal was likely.") == [
        ("a deal was likely", "none of the harbor pilots")]
    # (its verb after "have", a preposition after it: "I have spoken with", "I've spoken with")
    assert reported("Several captains I have spoken with said Lee had pressed the board.") == [
        ("Lee had pressed the board", "Several captains")]
    assert reported("The pilots I've worked with said the pier was unsafe.") == [("the pier was unsafe", "The pilots")]
    assert "her audience" not in [who for _, who in reported("Quist assures her audience she will tell the critics "
                                                             "to wait.")]


def test_one_named_by_what_they_were_first_or_last_to_do_speaks():
    """'The last man to run the harbor says ...': the man, by what he was the last to do."""
    [quote] = annotate_text("Harbor news\n\nThe last man to run the harbor says the ferry will not return.").quotes
    assert (quote.text, quote.speaker.mention) == ("the ferry will not return", "The last man to run the harbor")


def test_a_share_compared_with_another_reports_its_own_words():
    """'..., compared with 40 percent who say it is early': the second share says so; a description
    never runs back over "with" ("compared with 40 percent" is not who speaks)."""
    ann = annotate_text("Harbor news\n\nSixty percent of voters say the ferry is late, compared with 40 percent who "
                        "say it is early.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("the ferry is late", "Sixty percent of voters"), ("it is early", "40 percent")]


def test_a_phrase_holding_a_clause_or_cut_short_describes_no_one():
    """'A calendar app helps you plan' names no source; 'Tim Lee and I' and 'US Senator Tim Lee' still do."""
    assert annotate_text("Harbor news\n\nBy reading years of logs, the app helps you anticipate tide demands so "
                         "you can sail first.").sources == []
    for sentence, name in (("“The town is proud!” US Senator Tim Lee said as he opened the meeting.", "Tim Lee"),
                           ("“We won,” said Al From, who wrote a book on the league.", "Al From")):
        assert annotate_text(f"Harbor news\n\n{sentence}").quotes[0].speaker.name == name


def test_a_name_ending_in_an_abbreviated_company_word_is_an_organization():
    for sentence in ("Harbor Works Inc. said in a statement that it stood ready.",
                     "The other bidder, Fenwick Marine Co., said it stood ready."):
        [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
        assert source.kind == "organization"


def test_a_document_by_its_authors_after_according_to_is_one_document_source():
    [source] = annotate_text("Harbor news\n\nAccording to a report by the harbor authority, the hull shows signs of "
                             "corrosion.").sources
    assert (source.name, source.kind) == ("a report by the harbor authority", "document")


def test_declining_to_comment_makes_a_source_of_who_declined():
    """'A spokeswoman for Coastal Marine declined to comment.': a source the story sought, its refusal kept."""
    ann = annotate_text("Harbor news\n\nA spokeswoman for Coastal Marine Group declined to comment.")
    assert [(q.text, q.speaker.mention, q.cue.text) for q in ann.quotes] == [
        ("to comment", "A spokeswoman for Coastal Marine Group", "declined")]
    assert [s.name for s in ann.sources] == ["A spokeswoman for Coastal Marine Group"]


def test_legal_and_official_texts_speak_as_documents():
    """'A draft agreement reviewed by the Gazette shows ...': the agreement, a document; "It" after it is it."""
    ann = annotate_text("Harbor news\n\nA draft agreement reviewed by the Fenwick Gazette shows the buyer would keep "
                        "the terminal open. It does not say what would happen after that.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("the buyer would keep the terminal open", "A draft agreement reviewed by the Fenwick Gazette"),
        ("what would happen after that", "A draft agreement reviewed by the Fenwick Gazette")]
    assert [s.kind for s in ann.sources] == ["document"]


def test_a_clause_opening_with_a_capitalized_pronoun_names_no_one():
    assert annotate_text("Harbor news\n\nWe make ferry rides people actually want to take, and we do it with "
                         "care.").sources == []


def test_an_aside_with_a_relative_clause_is_read_by_its_head_noun():
    """'Rita Vance, a former harbor master who now leads a group of riders, warned': a person (the group
    is in the relative clause)."""
    [source] = annotate_text("Harbor news\n\nRita Vance, a former harbor master who now leads a group of riders, "
                             "warned that a private owner might raise fares.").sources
    assert (source.name, source.kind) == ("Rita Vance", "person")


def test_a_description_is_headed_by_the_noun_a_participle_follows():
    """'The union representing terminal workers said': the union speaks, an organization, not its
    members; and the people a postmodifier describes end where a relative clause begins."""
    [source] = annotate_text("Harbor news\n\nThe union representing terminal workers said its members had not been "
                             "consulted.").sources
    assert (source.name, source.kind) == ("The union representing terminal workers", "organization")
    [source] = annotate_text("Harbor news\n\nThe port is for sale, according to two people familiar with the talks "
                             "who spoke on condition of anonymity because the talks are confidential.").sources
    assert source.name == "two people familiar with the talks"
    assert "anonymity because the talks are confidential" in source.description


def test_the_authority_paragraphs_after_the_port_authority_is_named_is_it():
    """'In a brief statement, the authority said ...' four paragraphs after "The Fenwick Port Authority
    is in talks ...": one source, the authority by its name."""
    filler = "The sale would end more than a century of public ownership at the old terminal on the harbor. " * 3
    ann = annotate_text(f"Harbor news\n\nThe Fenwick Port Authority is in talks to sell its terminal.\n\n{filler}\n\n"
                        f"{filler}\n\nIn a brief statement, the authority said it regularly reviews its holdings.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Fenwick Port Authority", "organization")]


def test_a_phrase_opening_with_a_verb_or_subordinator_or_cut_short_names_no_one():
    """'Is French press coffee better than drip?', 'The type and feel of the ferry play a role': no
    speakers; 'Will Doyle' opens with a given name, not the verb."""
    for text in ("Is French press coffee better than drip? Many think so.",
                 "The type and feel of the ferry play a big role in the trip you choose.",
                 "A ferry fund that seeks to outperform the harbor index is popular.",
                 "Whilst harbor advocates argue that ferries solve this, costs keep rising."):
        assert [s.name for s in annotate_text(f"Harbor news\n\n{text}").sources
                if s.name.split()[0] in ("Is", "The", "A", "Whilst")] == []
    assert [q.speaker.name for q in annotate_text("Harbor news\n\n“It's a pretty expensive business model,” said "
                                                  "Will Doyle, a harbor economist.").quotes] == ["Will Doyle"]


def test_after_a_relative_clauses_report_the_sentence_reports_its_own():
    """'Quist, who has said the ferry is safe, argued that the town should buy it': both reports, Quist's."""
    assert reported("Quist, who has said the ferry is safe, argued on Monday that the town should buy it.") == [
        ("the ferry is safe", "who"), ("the town should buy it", "Quist")]
    # (the sentence's own verb after the relative clause may have no verb's shape: "said", "told")
    for verb in ("said", "told reporters"):
        assert reported(f"Quist, who has said the ferry is safe, {verb} the town should buy it.") == [
            ("the ferry is safe", "who"), ("the town should buy it", "Quist")]


def test_quoted_words_after_a_cue_inside_another_report_are_partial_when_the_sentence_goes_on():
    ann = annotate_text('Harbor news\n\nReached by phone, Lee said he had called "dozens of people about dozens of '
                        'things" and did not remember the calls.')
    assert [(q.kind, q.text) for q in ann.quotes] == [
        ("indirect", 'he had called "dozens of people about dozens of things" and did not remember the calls'),
        ("partial", '"dozens of people about dozens of things"')]
    # (ending the sentence after their cue, they are still the quotation)
    ann = annotate_text('Harbor news\n\nLee said Quist had warned "the town will flood this winter."')
    assert [q.kind for q in ann.quotes] == ["direct"]


def test_a_concession_with_its_own_subject_ends_what_was_said():
    """'According to Quist, the ferry is safe, though Lee disputes that.': the concession is the writer's."""
    assert said("According to Quist, the ferry is safe, though Lee disputes that.") == ["the ferry is safe"]


def test_a_question_opening_the_sentence_is_not_what_its_answerer_said():
    assert said("Asked whether the ferry was safe, Quist said it was.") == ["it was"]  # (her answer, in two words)


def test_a_plural_or_s_name_possessive_with_a_bare_apostrophe_is_part_of_the_phrase():
    """'The nurses’ union said', 'Reyes’ campaign said': whose it is belongs to who speaks."""
    for text, name in (("The nurses’ union said its members were not surprised.", "The nurses’ union"),
                       ("Marco Reyes’ campaign said it raised $2 million in January.", "Marco Reyes’ campaign")):
        assert [s.name for s in annotate_text(f"Harbor news\n\n{text}").sources] == [name]


def test_a_group_of_people_is_read_whole_as_the_subject_of_a_gerund_report():
    assert reported("A group of Fenwick fishermen sued the state on Monday, claiming that new cod quotas were set "
                    "without notice.") == [("new cod quotas were set without notice", "A group of Fenwick fishermen")]


def test_a_document_named_by_what_it_covers_is_a_document_source():
    [source] = annotate_text("Harbor news\n\nA survey of 1,200 students found that 68 percent favored a later "
                             "start.").sources
    assert (source.name, source.kind) == ("A survey of 1,200 students", "document")


def test_public_offices_before_a_name_are_titles():
    for sentence, title in (("Superintendent Ada Quist said teenagers learn better later.", "Superintendent"),
                            ("Sheriff Tim Lee said the road would reopen on Monday.", "Sheriff"),
                            ("Principal Holly Ek said the school would reopen on Monday.", "Principal")):
        [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
        assert (source.name.split()[0], source.description) == (sentence.split()[1], title)


def test_taking_a_side_for_a_person_is_reported_with_the_person_as_what_was_said():
    """PolNeAR counts "X endorsed Y" as an attribution: the stance is X's, its object the person."""
    assert reported("Marvin Teske, a deckhand in Fenwick, is backing Ada Quist.") == [("Ada Quist", "Marvin Teske")]
    assert reported("Ada Quist runs the ferry board. Most of the captains support her.") == [
        ("her", "Most of the captains")]
    assert reported("The union endorsed Tim Lee.") == [("Tim Lee", "The union")]
    assert reported("Ada Quist ran the board. She is feuding with captains who oppose her.") == [("her", "who")]
    assert reported("Ada Quist ran for mayor. Among the captains, 56 percent would vote for Quist.") == [
        ("Quist", "56 percent")]
    # A thing after the verb, a thing taking a side, or the verb as a noun or a passive: no stance of anyone's.
    assert reported("Ada Quist ran the board. The council supported Quist's plan.") == []
    assert reported("Ada Quist ran the board. It also supports Ada Quist.") == []
    assert reported("Ada Quist ran the board. Tim Lee backs it up with facts.") == []
    assert reported("Ada Quist ran the board. Tim Lee voted for the plan.") == []
    page = "This post has affiliate links. Thank you for supporting Row Sail Repeat!\n\nRow Sail Repeat is a blog."
    assert [q.text for q in annotate_text(page).quotes] == []  # (no one here speaks for "Thank")
    assert reported("Ada Quist ran the board. Over the years, Tim Lee has been supporting her work.") == []


def test_it_takes_a_stance_only_when_it_stands_for_someone_named():
    """On the web "it" is mostly a product ("It feels premium in your hand"); in the news, an
    organization named before ("The Fenwick Port Authority ... It expects ...")."""
    assert reported("The new ferry app is out. It feels like a waste of money to most riders.") == []
    assert reported("The Fenwick Port Authority met on Monday. It expects to raise fees on cargo ships next year.") == [
        ("to raise fees on cargo ships next year", "It")]
    # A verb of speech keeps its "it" whatever it stands for ("it says", "it warns").
    assert reported("The new ferry app is out. It warns that the ferry is late.") == [("the ferry is late", "It")]


def test_a_subheading_in_title_case_reports_nothing():
    """Below the headline, a title-case line without a closing mark names a section ("Why Many in
    Fenwick Say It Is Worth It" had made "Fenwick" a speaker); a live blog's line in capitals is kept."""
    page = "The ferry runs again.\n\nWhy Many in Fenwick Say It Is Worth It\n\nTim Lee said the fares fell in May."
    assert [(q.text, q.speaker.mention) for q in annotate_text(page).quotes] == [("the fares fell in May", "Tim Lee")]
    blog = "Harbor news\n\nThe ferry runs again.\n\nQUIST SAYS FARES WILL FALL\n\nTim Lee said the fares fell in May."
    assert [q.text for q in annotate_text(blog).quotes] == ["FARES WILL FALL", "the fares fell in May"]


def test_a_verb_of_speech_in_its_base_form_opening_a_sentence_bids_the_reader():
    """"Read the full report ..." asks the reader to read; the report says nothing there."""
    assert reported("The ferry runs again. Read the full harbor report on how fares are set for more details.") == []


def test_the_outlets_label_before_a_colon_names_no_speaker():
    """"Side note:", "Myth:": labels of the outlet's (lexicons/labels.txt), not a person and a verb of speech."""
    assert reported("The ferry runs again.\n\nSide note: The “harbor pass” is also valid on the bus.") == []
    assert reported("The ferry runs again.\n\nMyth: “Going by ferry” will save you money.") == []
    # A name before the colon still speaks.
    assert reported("The ferry runs again.\n\nAda Quist: “Going by ferry will save you money.”") == [
        ("“Going by ferry will save you money.”", "Ada Quist")]


def test_people_a_relative_clause_describes_are_an_unnamed_source():
    """"fishermen who say ...": people described, not a person named "fishermen"; and "and who knows
    when ..." names nobody "and"."""
    ann = annotate_text("Harbor news\n\nIt carries students and fishermen who say the ferry is always late.")
    assert [(s.name, s.kind) for s in ann.sources] == [("fishermen", "anonymous")]
    ann = annotate_text("Harbor news\n\nFares keep rising, and who knows when the next rise will come.")
    assert ann.sources == [] and [q.speaker.name for q in ann.quotes] == [""]


def test_an_aside_between_dashes_before_the_cue_is_passed_over_to_its_subject():
    assert reported("Mr. Lee - in a line that seemed aimed at Ms. Quist - declared that a mayor must serve all.") \
        == [("a mayor must serve all", "Mr. Lee")]
    assert reported("Mr. Lee -- in a line aimed at Ms. Quist -- declared that a mayor must serve all.") \
        == [("a mayor must serve all", "Mr. Lee")]


def test_rule_and_reason_are_nouns_unless_a_pronoun_or_that_or_out_says_otherwise():
    assert reported("A good rule of thumb is to book the ferry two days early.") == []
    assert reported("The main reason the ferry runs late is the storm over Fenwick.") == []
    assert reported("One reason Fenwick riders stay home is that the ferry is late.") == []
    assert reported("Quist would not rule out a delay in the case.") == [("out a delay in the case", "Quist")]


def test_a_closing_as_clause_reports_the_clause_it_follows():
    """"..., as some captains have speculated.": the speakers' words are the sentence before the "as"."""
    assert reported("Lee's loss won't derail the ferry plan, as some captains have speculated.") == [
        ("Lee's loss won't derail the ferry plan", "some captains")]
    assert reported("The ferry is just a local service, as Quist's campaign manager suggested after the vote.") == [
        ("The ferry is just a local service", "Quist's campaign manager")]
    # The "as" clause inside the sentence, the main clause after it: that one is what was said.
    assert reported("In the old harbor, as Tim Lee wrote in his memoir, the captains had lavish houses.") == [
        ("the captains had lavish houses", "Tim Lee")]
    # (What follows the cue says only where it was said: "in her review of ferry fares".)
    assert reported("Plus, as Ada Quist explained in her review of ferry fares, the ferry costs less.") == [
        ("the ferry costs less", "Ada Quist")]
    assert reported("As the harbor board hinted at what its new plans might include, the captains waited.") == [
        ("at what its new plans might include", "the harbor board")]


def test_people_described_by_whom_they_are_close_to_or_whom_the_writer_met_speak():
    assert reported("Sources close to her say she will run.") == [("she will run", "Sources close to her")]
    assert reported("Those close to the mayor say she will run.") == [("she will run", "Those close to the mayor")]
    assert reported("All the pilots I interviewed said her fares were lower than Lee's.") == [
        ("her fares were lower than Lee's", "All the pilots")]
    # "her" before a noun is still a possessive: "gave her say over the budget" reports nothing.
    assert reported("Ada Quist ran the board. He gave her say over the budget.") == []


def test_when_between_the_speaker_and_the_cue_is_passed_over():
    assert reported("Fenwick Ferries just this month announced it would get rid of these fares.") == [
        ("it would get rid of these fares", "Fenwick Ferries")]
    assert reported("Quist this week said the fares would fall.") == [("the fares would fall", "Quist")]


def test_a_quantifier_floated_after_the_speakers_is_no_part_of_them():
    assert reported("The captains all said the fares were too high.") == [("the fares were too high", "The captains")]
    assert reported("Quist and Lee both said that the fares were too high.") == [("the fares were too high", "Lee")]


def test_a_document_addressed_to_someone_speaks_not_its_addressee():
    assert reported("A complaint to the harbor board says Quist broke the rules.") == [
        ("Quist broke the rules", "A complaint to the harbor board")]
    assert reported("The union's complaint to the Fenwick Harbor Board says Quist broke the rules.") == [
        ("Quist broke the rules", "The union's complaint to the Fenwick Harbor Board")]
    # (An object of the sentence's verb is no subject: "sent the harbor bill to Quist, who said")
    ann = annotate_text("Harbor news\n\nLee sent the harbor bill to Ada Quist, who said it was late.")
    assert [q.speaker.name for q in ann.quotes] == ["Ada Quist"]


def test_a_bare_document_opening_the_sentence_with_what_it_covers_speaks():
    assert reported("Video of the incident shows the captain with his hands in the air.") == [
        ("the captain with his hands in the air", "Video of the incident")]
    assert reported("Data from the harbor shows the captain was late.") == [
        ("the captain was late", "Data from the harbor")]


def test_as_stated_in_a_document_the_main_clause_is_what_it_says():
    assert reported("As stated in the harbor report, there are many questions about the ferry.") == [
        ("there are many questions about the ferry", "the harbor report")]
    assert reported("As reported in the Fenwick Courier, the ferry will stop in May.") == [
        ("the ferry will stop in May", "the Fenwick Courier")]
    assert reported("As noted in March, the ferry will stop in May.") == []  # (when, not who)


def test_a_short_clause_with_its_own_subject_after_the_cue_is_what_was_said():
    assert reported("The mayor was set to attend, but on Thursday, the harbor board announced she wasn't coming.") == [
        ("she wasn't coming", "the harbor board")]
    assert reported("The ferry was late, Quist told me.") == [("The ferry was late", "Quist")]


def test_a_form_is_a_document_that_states():
    assert reported("Quist's new disclosure form stated that her income rose from 2014 to 2015.") == [
        ("her income rose from 2014 to 2015", "Quist's new disclosure form")]


def test_an_inverted_attribution_with_who_the_speaker_is_inside_the_sentence_leaves_it_whole():
    assert reported("Part of the problem, says Tim Lee, a harbor engineer, is the ground itself.") == [
        ("Part of the problem, says Tim Lee, a harbor engineer, is the ground itself", "Tim Lee")]
    assert reported("Part of the problem is the ground, says Tim Lee, a harbor engineer.") == [
        ("Part of the problem is the ground", "Tim Lee")]


def test_a_cue_word_closing_an_aside_before_the_verb_is_a_noun():
    """"the harbor show," then "suggested": "show" ends the aside's noun; the name before speaks."""
    assert reported("Tim Lee, host of the harbor show, suggested the fares were too high.") == [
        ("the fares were too high", "Tim Lee")]
    assert reported("The bigger risk, one expert says, is a storm surge.") == [
        ("The bigger risk, one expert says, is a storm surge", "one expert")]
    assert reported("The bigger risk, experts say, is a storm surge.") == [
        ("The bigger risk, experts say, is a storm surge", "experts")]  # (a plural before it: the subject)


def test_speaking_about_or_of_something_and_making_it_clear_report_what_follows():
    assert reported("Lee spoke about how the harbor had changed.") == [("how the harbor had changed", "Lee")]
    assert reported("Lee spoke of his plan for the docks.") == [("his plan for the docks", "Lee")]
    assert reported("Quist has made clear that the ferry would run.") == [("the ferry would run", "Quist")]
    assert reported("Lee spoke at a rally in Fenwick on Monday.") == []  # (where, not what)


def test_a_question_asked_by_someone_is_the_askers():
    assert reported("Asked by Tim Lee whether the ferry was safe, Quist said she had no doubt of it.") == [
        ("whether the ferry was safe", "Tim Lee"), ("she had no doubt of it", "Quist")]
    assert reported("Quist was asked by a reporter why the ferry was late.") == [
        ("why the ferry was late", "a reporter")]
    assert reported("Quist was asked by the board in May to resign.") == []  # (when, then what: no question's words)


def test_a_verb_in_ing_closing_a_noun_phrase_names_an_activity_not_speech():
    assert reported("In this guide, we explore the basics of event planning, equipping you to run a fair.") == []
    assert reported("The harbor board can focus on work such as workforce planning, hiring, and training.") == []
    assert reported("“We will win,” Quist kept saying.") == [("“We will win,”", "Quist")]
    assert reported("Quist sent a tweet saying, if elected, she would fix the dock.") == [
        ("if elected, she would fix the dock", "Quist")]


def test_a_that_clause_on_the_cues_object_is_no_report_of_its_own():
    assert reported("Lee notes the board hid four donations that totaled 2 million dollars.") == [
        ("the board hid four donations that totaled 2 million dollars", "Lee")]
    assert reported("Quist said on Friday that worried captains had left the harbor.") == [
        ("worried captains had left the harbor", "Quist")]  # (only when it was said stands before "that")


def test_people_of_a_place_speak_with_when_or_an_adverb_before_the_verb():
    assert reported("Most voters in the state last year said the ferry should be sold.") == [
        ("the ferry should be sold", "Most voters in the state")]
    assert reported("A spokesman for Ada Quist later said the ferry would be sold.") == [
        ("the ferry would be sold", "A spokesman for Ada Quist")]


def test_a_that_inside_the_quotation_opens_no_report_of_its_own():
    assert reported("She called the offer “an insult to every family that depends on this boat.”") == [
        ("the offer “an insult to every family that depends on this boat.”", "She"),
        ("“an insult to every family that depends on this boat.”", "She")]


def test_a_poll_that_found_closing_the_sentence_reports_it_whole():
    assert reported("Only a third said they would pay for the wall, the poll found.") == [
        ("Only a third said they would pay for the wall", "the poll"),
        ("they would pay for the wall", "a third")]


def test_a_concession_after_an_attribution_inside_the_sentence_is_the_writers():
    assert reported("Most riders back the wall, a new poll shows, though many balk at the cost.") == [
        ("Most riders back the wall", "a new poll")]
    assert reported("The bigger risk, experts say, is a storm surge.") == [
        ("The bigger risk, experts say, is a storm surge", "experts")]


def test_quoted_words_after_what_a_thing_shows_inside_a_report_are_the_reporters():
    assert reported("Mayor Tim Lee said in a statement that the results showed “a clear mandate.”") == [
        ("“a clear mandate.”", "Mayor Tim Lee")]
    assert reported("Lee said Quist called the plan “a disaster.”") == [
        ("Quist called the plan “a disaster.”", "Lee"), ("“a disaster.”", "Quist")]  # (a verb of speech: Quist's)


def test_words_of_the_language_set_as_a_heading_name_nobody():
    text = ("Harbor guide\n\nOutdoor Patio Set\n\nThe set seats six. He said it was the best he had tried.\n\n"
            "Rita Vance\n\nShe said the ferry was late again.")
    sources = {s.name for s in annotate_text(text).sources}
    assert "Outdoor Patio Set" not in sources
    assert "Rita Vance" in sources  # (a person's name as a heading: her given name says so)


def test_a_description_opened_by_two_determiners_keeps_both():
    assert reported("The other person cautioned that the price had not been settled.") == [
        ("the price had not been settled", "The other person")]
    assert reported("Two other captains said the price was low.") == [("the price was low", "Two other captains")]
    assert reported("Lee cited the future that many economists say is bright.") == [
        ("that many economists say is bright", "many economists")]  # (a relative clause's "that" opens nothing)


def test_a_named_subject_with_an_aside_before_any_verb_is_whom_he_stands_for():
    text = ("Harbor news\n\n“I don't care,” said Pete Olsson, a baker.\n\nMarco Reyes, a retired engineer, questioned "
            "whether a wall would work. “Water finds a way,” he said.")
    quotes = [(q.text, q.speaker.name) for q in annotate_text(text).quotes]
    assert ("“Water finds a way,”", "Marco Reyes") in quotes


def test_a_definite_noun_once_resolved_stands_for_the_same_source_later():
    text = ("Fenwick Ferries posts record loss as fuel costs soar\n\nFenwick Ferries lost $3.4 million in the first "
            "half of the year, the company said in a filing on Friday.\n\nIn a letter to shareholders, chief executive "
            "Holly Ek blamed fuel prices, which she said had nearly doubled since January, and a drop in tourist "
            "traffic.\n\n“We are not in crisis, but we are not going to pretend this is normal,” Ek wrote.\n\n"
            "The company said it would cut two late-night sailings. It did not say whether jobs would be lost.")
    sources = {s.name: s.quote_count for s in annotate_text(text).sources}
    assert sources == {"Fenwick Ferries": 4, "Holly Ek": 2}  # (the headline, the filing, the cuts, "It")


def test_a_speaker_first_met_as_a_pronoun_keeps_the_role_written_before_the_name():
    text = ("Harbor news\n\nIn a letter to shareholders, chief executive Holly Ek blamed fuel prices, which she "
            "said had nearly doubled, while harbor critic Tim Lee stayed silent.")
    descriptions = {s.name: s.description for s in annotate_text(text).sources}
    assert descriptions == {"Holly Ek": "chief executive"}
    text = "Harbor news\n\nQuist spoke first, while harbor director Tim Lee said the ferry was late."
    assert {s.name: s.description for s in annotate_text(text).sources} == {"Tim Lee": "harbor director"}


def test_people_named_together_speak_together_and_are_each_a_source():
    text = ("Ferry deal signed\n\nFenwick's mayor, Ada Quist, and the harbor chief, Tim Lee, said on Monday that the "
            "ferry would keep running.\n\n“We will not leave the island without a boat,” Quist and Lee said.\n\n"
            "Rita Vance said the deal was too costly.")
    ann = annotate_text(text)
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("Fenwick's mayor, Ada Quist, and the harbor chief, Tim Lee", "Ada Quist and Tim Lee"),
        ("Quist and Lee", "Ada Quist and Tim Lee"), ("Rita Vance", "Rita Vance")]
    assert [(s.name, s.description, s.quote_count) for s in ann.sources] == [
        ("Ada Quist", "Fenwick's mayor", 2), ("Tim Lee", "the harbor chief", 2), ("Rita Vance", "", 1)]
    assert reported("Ada Quist, Tim Lee and Rita Vance met. Quist, Lee and Vance said the pier would reopen.") == [
        ("the pier would reopen", "Quist, Lee and Vance")]
    assert reported("Fenwick council members Holly Ek and Pete Olsson said they needed time.") == [
        ("they needed time", "Holly Ek and Pete Olsson")]  # (what both names share stands before them)
    # Not an object before a new clause, nor a subject two clauses back.
    assert reported("The board met Ada Quist and Tim Lee said the pier would reopen.") == [
        ("the pier would reopen", "Tim Lee")]
    assert reported("The board met lawyers Ada Quist and Tim Lee said the pier would reopen.") == [
        ("the pier would reopen", "Tim Lee")]
    # A pronoun or a description for people joins too ("He and his aides"), but not a description whose
    # preposition the "and" goes on with, nor one person twice.
    ann = annotate_text("Harbor news\n\nAda Quist met the board. She and her aides said the pier would close. Aides "
                        "to Ada Quist and Tim Lee said the pier was safe.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("She and her aides", "Ada Quist and her aides"),
        ("Aides to Ada Quist and Tim Lee", "Aides to Ada Quist and Tim Lee")]  # (the aides of both)
    assert [(s.name, s.quote_count) for s in ann.sources][:2] == [("Ada Quist", 1), ("her aides", 1)]
    assert reported("On the Fenwick side, Ada Quist and Tim Lee said the pier would reopen.") == [
        ("the pier would reopen", "Ada Quist and Tim Lee")]  # (a list's earlier items are names)
    assert reported("Ada Quist met the board. She and Quist said the pier would reopen.") == [
        ("the pier would reopen", "Quist")]  # (one person twice, a "she" misread: one speaker)
    assert reported("The mayor and the treasurer said the pier would reopen.") == [
        ("the pier would reopen", "The mayor and the treasurer")]
    assert reported("Ada Quist, mayor of Fenwick, has talked about the ferry, and Tim Lee said she would buy it.") == [
        ("she would buy it", "Tim Lee")]


def test_a_pronoun_and_its_verb_are_enough_to_report():
    assert reported("Lee said he disagreed.") == [("he disagreed", "Lee")]
    assert reported("Quist told the board it rained.") == [("it rained", "Quist")]
    assert reported("Lee said it all.") == []  # (no verb: nothing said)
    assert reported("I think we are.") == []  # (the writer's "we" in two words says nothing)


def test_a_verb_of_speech_opening_the_sentence_is_no_part_of_the_name_after_it():
    ann = annotate_text("Harbor news\n\nThe ferry will run.\n\nSays Ada Quist: “The ferry stays.”\n\nAdds Tim Lee, "
                        "the harbor chief: “We agree.”\n\nState Farm said it would pay for the pier.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("Ada Quist", "Ada Quist"), ("Tim Lee", "Tim Lee"), ("State Farm", "State Farm")]  # (not the base form)
    assert [s.name for s in ann.sources] == ["Ada Quist", "Tim Lee", "State Farm"]


def test_a_cue_word_after_a_determiner_is_a_noun_and_the_quoted_words_after_it_are_partial():
    ann = annotate_text("Harbor news\n\nHarbor Mutual said that it was reviewing every claim “with care and fairness” "
                        "and that most policies did cover flood damage.")
    assert [(q.kind, q.text) for q in ann.quotes] == [
        ("indirect", "it was reviewing every claim “with care and fairness” and that most policies did cover flood "
                     "damage"), ("partial", "“with care and fairness”")]
    # (a plural's determiner too: "such estimates", "these claims")
    ann = annotate_text("Harbor news\n\nRita Vance said that such estimates “tend to be optimistic.”")
    assert [(q.kind, q.text) for q in ann.quotes] == [
        ("indirect", "such estimates “tend to be optimistic.”"), ("partial", "“tend to be optimistic.”")]
    # ("that said": a relative pronoun and its verb, which hands over a quotation)
    ann = annotate_text("Harbor news\n\nQuist said the town lost a voice that said “the harbor belongs to everyone.”")
    assert ("direct", "“the harbor belongs to everyone.”") in [(q.kind, q.text) for q in ann.quotes]


def test_a_name_described_as_an_organization_is_one():
    def sources(text: str) -> list[tuple[str, str, int]]:
        return [(s.name, s.kind, s.quote_count) for s in annotate_text(f"Harbor news\n\n{text}").sources]

    assert sources("The insurer, Harbor Mutual, said it would pay. Harbor Mutual later said it had paid.") == [
        ("Harbor Mutual", "organization", 2)]
    assert sources("Harbor Mutual, an insurer based in Fenwick, said it would pay.") == [
        ("Harbor Mutual", "organization", 1)]
    # Not a person's description, nor an opening phrase, nor an organization named after a preposition.
    assert sources("The company's founder, Ada Quist, said it would pay.") == [("Ada Quist", "person", 1)]
    assert sources("In a short blog post, Ada Quist said the pier was safe.") == [("Ada Quist", "person", 1)]
    assert sources("Ada Quist, a researcher at Harbor Institute, said the pier was safe.") == [
        ("Ada Quist", "person", 1)]


def test_a_company_s_kind_right_before_its_name_makes_it_a_company_named_without_the_word():
    def sources(text: str) -> list[tuple[str, str]]:
        return [(s.name, s.kind) for s in annotate_text(f"Harbor news\n\n{text}").sources]

    assert sources("The utility Fenwick Power said it had cut power to 9,000 homes.") == [
        ("Fenwick Power", "organization")]
    assert sources("Utility Fenwick Power said it had cut power to 9,000 homes.") == [("Fenwick Power", "organization")]
    assert sources("Power was cut to 9,000 homes, said the utility Fenwick Power.") == [
        ("Fenwick Power", "organization")]
    assert sources("Retailer Quay Brands said it would close nine stores.") == [("Quay Brands", "organization")]
    # Not a person the company's kind stands before.
    assert sources("“We are sorry,” said Tim Lee, who runs the startup Ada Quist founded. Quist said she had left.") \
        == [("Tim Lee", "person"), ("Ada Quist", "person")]
    # "The robot maker", "the automaker" later: the company named opening a sentence before.
    ann = annotate_text("Harbor news\n\nQuay Robotics cut its forecast. The robot maker said orders were delayed.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [("The robot maker", "Quay Robotics")]


def test_no_description_of_a_speaker_runs_back_over_a_verb_in_the_simple_past():
    ann = annotate_text("Harbor news\n\nShares of Quay Robotics fell 18 percent on Thursday after the company cut its "
                        "sales forecast for the year, blaming delayed orders.")
    assert not [q for q in ann.quotes if "fell" in q.speaker.mention]


def test_according_to_an_object_pronoun_is_the_person_it_stands_for():
    for text, name in (("Holly Ek runs the library. The cuts will save $400,000 a year, according to her.", "Holly Ek"),
                       ("Tim Lee runs the library. The cuts will save $400,000 a year, according to him.", "Tim Lee")):
        ann = annotate_text(f"Harbor news\n\n{text}")
        assert [(q.speaker.name, q.speaker.source_id) for q in ann.quotes] == [(name, ann.sources[0].id)]
        assert [(s.name, s.kind) for s in ann.sources] == [(name, "person")]
    # (not a possessive: 'according to her "clawback" plan', the plan of hers)
    ann = annotate_text('Harbor news\n\nAda Quist spoke. Firms must repay aid, according to her "clawback" plan.')
    assert [s.name for s in ann.sources] == ['Ada Quist\u2019s "clawback" plan']


def test_shares_of_a_company_are_no_person_who_speaks():
    ann = annotate_text("Harbor news\n\nShares of Quay Robotics fell 18 percent, blaming delayed orders from two "
                        "customers.")
    assert "Shares of Quay Robotics" not in [s.name for s in ann.sources]


def test_they_after_a_sentence_opened_by_two_names_is_both_of_them():
    ann = annotate_text("Harbor news\n\nPete Olsson and Marco Reyes lost their boats in the flood. Olsson and Reyes "
                        "both plan to rebuild. But they say younger fishermen may not.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [("they", "Pete Olsson and Marco Reyes")]
    assert [(s.name, s.quote_count) for s in ann.sources] == [("Pete Olsson", 1), ("Marco Reyes", 1)]
    # A group opening a sentence nearer is who "they" are; names after a description are no subject.
    ann = annotate_text("Harbor news\n\nPete Olsson and Marco Reyes lost their boats. The captains met on Monday. "
                        "They say younger fishermen may not rebuild.")
    assert [q.speaker.name for q in ann.quotes] == ["The captains"]
    ann = annotate_text("Harbor news\n\nOld skiffs like Pete Olsson and Marco Reyes had built are rare. They say the "
                        "yard may not reopen.")
    assert [q.speaker.name for q in ann.quotes] != ["Pete Olsson and Marco Reyes"]


def test_an_operator_is_a_company_that_speaks():
    ann = annotate_text("Ferry fares to rise 20 percent, operator says\n\nThe port operator said the cranes would run "
                        "late.")
    assert [(q.text, q.speaker.mention) for q in ann.quotes] == [
        ("Ferry fares to rise 20 percent", "operator"), ("the cranes would run late", "The port operator")]
    assert {s.kind for s in ann.sources} == {"organization"}


def test_but_before_words_with_no_verb_goes_on_with_what_was_said():
    assert said("Tim Lee told the Courier that walls work well for storms but poorly for slow sea-level rise.") == [
        "walls work well for storms but poorly for slow sea-level rise"]
    assert said("Quist said the ferry was late but safe.") == ["the ferry was late but safe"]
    # A participle alone after "but" is one more adjective; a verb with more after it is the speaker's next act.
    assert said("Holly Ek called the study careful but limited.") == ["the study careful but limited"]
    assert said("Quist said the plan was bold but deeply flawed.") == ["the plan was bold but deeply flawed"]
    assert said("Quist said the plan was bold but declined to say more.")[0] == "the plan was bold"
    # A clause of its own after "but" (a verb, or a subject: "but who knows") is the writer's.
    assert said("Quist said the ferry was late, but the pier was fine.") == ["the ferry was late"]
    assert said("Quist said the deals would return, but who knows.") == ["the deals would return"]
    assert said("Quist said the dredging would end in May; more news below.") == ["the dredging would end in May"]


def test_quoted_words_inside_a_report_are_the_reporters_not_a_phrase_after_its_cue():
    ann = annotate_text("Harbor news\n\nIn a post online, owner Pete Olsson thanked Ek and said the search for a new "
                        "coach would begin “immediately.”")
    assert [(q.kind, q.speaker.name) for q in ann.quotes if q.kind == "partial"] == [("partial", "Pete Olsson")]
    assert [s.name for s in ann.sources] == ["Pete Olsson"]


def test_a_share_of_whom_speaks_for_some_of_the_people_before_it():
    ann = annotate_text("Harbor news\n\nFans, many of whom had called for the coach's firing, cheered the news. The "
                        "captains, most of whom said the coach should go, stayed quiet.")
    assert [(q.text, q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("for the coach's firing", "many of whom", "many of fans"),  # (what was said ends at the main verb)
        ("the coach should go", "most of whom", "most of the captains")]


def test_per_as_according_to_names_a_source_ending_or_opening_the_sentence():
    assert reported("Marco Reyes will coach for the rest of the season, per a person familiar with the decision.") == [
        ("Marco Reyes will coach for the rest of the season", "a person familiar with the decision")]
    assert reported("Per team officials, Reyes will coach for the season.") == [
        ("Reyes will coach for the season", "team officials")]
    assert reported("Reyes will coach, per sources.") == [("Reyes will coach", "sources")]
    # A rate's unit, a name's word, an aside after another cue: no source.
    assert reported("Tickets cost $5 at the gate, per person.") == []
    assert reported("The bar is run by Tim Lee, Per Se.") == []
    assert [speaker for _, speaker in reported("Lee said, per a translator, that the pier was open.")] == ["Lee"]


def test_a_connective_opening_a_report_with_its_attribution_inside_is_the_writers():
    assert said("But a single flood, the state estimates, would cost the town three times that.") == [
        "a single flood, the state estimates, would cost the town three times that"]
    assert said("Still, the pier, Quist said, is safe.") == ["the pier, Quist said, is safe"]
    # (When, as the speaker says it, stays: "Now ..."; nor is the attribution what was said: "But, Quist added, ...")
    assert said("Now the pier is safe, Lee said.") == ["Now the pier is safe"]
    assert said("But, Quist added, the pier is safe.") == ["But, Quist added, the pier is safe"]


def test_a_verb_after_and_in_another_tense_than_the_cue_goes_on_with_what_was_said():
    assert said("Police say he posed a threat to the crew and refused to drop the rope.") == [
        "he posed a threat to the crew and refused to drop the rope"]  # (his refusal, not the police's words)
    # The cue's own tense after "and": the same speaker's next statement.
    assert said("Lee says the pier is safe and adds that it will reopen.") == ["the pier is safe", "it will reopen"]


def test_another_after_an_unnamed_speaker_is_another_of_the_same_kind():
    ann = annotate_text("Harbor news\n\nThe debate has been fierce. “Build it now,” one resident posted online. "
                        "Another replied: “With whose money?”")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("one resident", "one resident"), ("Another", "Another resident")]


def test_a_reporters_credit_line_reports_nothing():
    assert reported("Tim Lee reported from Fenwick, and Ada Quist from Norland.") == []
    assert reported("Lee reported from Fenwick that the pier was unsafe.") == [("the pier was unsafe", "Lee")]


def test_a_sentence_ending_in_a_preposition_does_not_govern_the_next_ones_subject():
    # ("on" ends the first sentence: the official who follows opens a sentence of his own and speaks.)
    assert reported("The reviews drag on. An official who asked not to be named said the ferry would run.") == [
        ("the ferry would run", "An official")]
    assert reported("The reviews drag on. Residents who live near the pier say it is unsafe.") == [
        ("it is unsafe", "Residents")]


def test_quoted_words_that_a_nouns_that_opens_are_partial_inside_the_report():
    ann = annotate_text("Harbor news\n\nMarco Reyes told the board he had found books that “made me feel less alone.”")
    assert [(q.kind, q.text, q.speaker.name) for q in ann.quotes] == [
        ("indirect", "he had found books that “made me feel less alone.”", "Marco Reyes"),
        ("partial", "“made me feel less alone.”", "Marco Reyes")]
    # After a cue's "that", or with a subject of their own, the words are the quotation.
    assert [q.kind for q in annotate_text("Harbor news\n\nLee said that “is not who we are.”").quotes] == ["direct"]
    assert [q.kind for q in annotate_text(
        "Harbor news\n\nLee sent a message that “sailors are standing up for the pier.”").quotes] == ["direct"]


def test_a_school_named_by_its_grade_is_nobody_a_pronoun_stands_for():
    ann = annotate_text("Harbor news\n\nMarco Reyes, a junior at Fenwick High, arrived late. “I am tired,” he said.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [("he", "Marco Reyes")]
    assert [s.name for s in ann.sources] == ["Marco Reyes"]


def test_an_anonymous_sources_reason_in_a_clause_without_commas_ends_at_the_cue():
    assert description("A port official who was not authorized to speak publicly said the ferry would run.") == \
        "who was not authorized to speak publicly"
    assert description("The ferry would run, said a port official who asked not to be named.") == \
        "who asked not to be named"


def test_an_aside_on_how_it_was_said_between_the_cue_and_that_is_not_what_was_said():
    assert said("Lee said, per a translator, that the pier was open.") == ["the pier was open"]
    assert said("Officials said, speaking on condition of anonymity because the talks were private, "
                "that the ferry would run.") == ["the ferry would run"]
    assert said("Lee said, in an interview on Tuesday, that the pier was open.") == ["the pier was open"]


def test_the_organization_word_stands_for_the_one_an_aside_or_a_document_named():
    ann = annotate_text("Harbor news\n\nHarbor Mutual, the Fenwick insurer hit hard by the storms, will cut 120 jobs. "
                        "The insurer said the cuts were necessary.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [("The insurer", "Harbor Mutual")]
    ann = annotate_text("Harbor news\n\nAccording to filings with the state insurance department, reserves fell "
                        "by a third. The department said it saw no risk.")
    assert [q.speaker.name for q in ann.quotes] == [
        "filings with the state insurance department", "the state insurance department"]


def test_a_role_before_the_name_and_a_relative_clause_after_it_both_describe_the_source():
    assert description("Economist Ana Lima, who studies tax policy at the Harbor Institute, said the levy "
                       "would fail.") == "Economist, who studies tax policy at the Harbor Institute"
    assert description("“They are buying time,” said Tim Lee, who follows regional insurers for Norland Capital.") \
        == "who follows regional insurers for Norland Capital"


def test_a_name_described_as_one_of_a_group_or_by_a_relative_clause_is_the_subject_a_pronoun_follows():
    for aside in ("one of the residents", "a resident who sued"):
        ann = annotate_text(f"Harbor news\n\nJudge Rita Vance ruled.\n\nHolly Ek, {aside}, said she was relieved. "
                            "“For once, somebody listened to us,” she said.")
        assert [q.speaker.name for q in ann.quotes] == ["Holly Ek", "Holly Ek"], aside


def test_quoted_words_opening_with_a_verb_right_after_a_relative_clauses_cue_are_the_reporters():
    ann = annotate_text("Harbor news\n\nCity attorney Tim Lee told the Courier that the hearings the judge described "
                        "“are not required for fare changes under state law.”")
    assert [(q.kind, q.speaker.name) for q in ann.quotes] == [("indirect", "Tim Lee"), ("partial", "Tim Lee")]
    # A question may open with its verb; and a quotation its own attribution follows is the quotation.
    assert [(q.kind, q.speaker.name) for q in annotate_text("Harbor news\n\nLee asked “can we go home?”").quotes] \
        == [("direct", "Lee")]
    ann = annotate_text("Harbor news\n\nNothing the mayor said “will calm the crew,” the harbor master said.")
    assert [(q.kind, q.speaker.mention) for q in ann.quotes] == [("direct", "the harbor master")]


def test_a_gerund_cue_after_a_comma_inside_the_quote_marks_opens_the_next_statement():
    assert reported("Lee posted online that he was “shocked and sad,” adding that Reyes “believed in me.”") == [
        ("he was “shocked and sad,”", "Lee"), ("“shocked and sad,”", "Lee"),
        ("Reyes “believed in me.”", "Lee"), ("“believed in me.”", "Lee")]
    # (after a quotation's attribution too)
    assert said("“The pier is safe,” Lee said of the “quick repairs,” adding that it would reopen soon.") == [
        "“The pier is safe,”", "“quick repairs,”", "it would reopen soon"]


def test_quoted_words_opening_with_a_preposition_after_a_reported_cue_are_the_reporters():
    # "respond" sits inside what Quist said: the words go on its phrase, and the report is hers.
    assert reported("Ada Quist said her government would respond “in a proportionate way.”") == [
        ("her government would respond “in a proportionate way.”", "Ada Quist"),
        ("“in a proportionate way.”", "Ada Quist")]
    # A quotation right after the sentence's only cue is still the quotation, whatever it opens with.
    [quote] = annotate_text("Harbor news\n\nTim Lee said “in the end, we won the vote.”").quotes
    assert (quote.kind, quote.speaker.name) == ("direct", "Tim Lee")


def test_a_single_name_given_an_office_only_a_country_has_is_an_organization():
    ann = annotate_text("Harbor news\n\nNorland's prime minister, Rita Vance, spoke on Sunday.\n\n"
                        "Norland on Tuesday said two diplomats must leave the country within three days.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Norland", "organization")]
    # A name the text gives a person's full name is that person, whatever it owns.
    ann = annotate_text("Harbor news\n\nPete Olsson's government fell in May.\n\nOlsson said he would run again.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Pete Olsson", "person")]
    # An army of followers is no country's army.
    ann = annotate_text("Harbor news\n\nOlsson's army of fans cheered.\n\nOlsson said he would run again.")
    assert [s.kind for s in ann.sources] == ["person"]


def test_a_newspaper_or_a_broadcaster_is_an_organization_named_without_what_it_is():
    for sentence, name in [
        ("The diplomats were seen near the port, according to The Harbor Post.", "The Harbor Post"),
        ("The diplomats were seen near the port, according to state broadcaster NTV.", "NTV"),
        ("Sales of ferries fell last year, according to research firm Gartner.", "Gartner"),
    ]:
        [source] = annotate_text(f"Harbor news\n\n{sentence}").sources
        assert (source.name, source.kind) == (name, "organization"), sentence
    # A post on a network is a document.
    [source] = annotate_text("Harbor news\n\nThe pier will close, according to a Facebook post.").sources
    assert source.kind == "document"


def test_a_full_name_met_first_with_a_possessive_names_the_person():
    ann = annotate_text("Harbor news\n\nVoters threw out Pete Olsson's plan in May.\n\nOlsson said he would run again.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Pete Olsson", "person")]
    # (A possessive before the name only owns it; one after a place's name names no one.)
    ann = annotate_text("Harbor news\n\nFenwick's Pete Olsson said he would run again.")
    assert [s.name for s in ann.sources] == ["Pete Olsson"]
    ann = annotate_text("Harbor news\n\nFor an hour, the Harbor Party’s nominee sat with Mayor Ada Quist, who a "
                        "week ago stunned Olsson by declaring she could not yet back him.")
    assert all(s.kind != "person" or "Party" not in s.name for s in ann.sources)


def test_a_court_papers_brief_or_order_speaks_as_a_document():
    for sentence, source in [("Ada Olsson's brief said the claims were false.", "Ada Olsson's brief"),
                             ("The order said the port must close by May.", "The order")]:
        [quote] = annotate_text(f"Harbor news\n\n{sentence}").quotes
        assert (quote.speaker.mention, quote.text) == (source, sentence.split(" said ")[1].rstrip(".")), sentence
        assert [s.kind for s in annotate_text(f"Harbor news\n\n{sentence}").sources] == ["document"]
    # ("brief" as a word of time describes: the person speaks)
    assert reported("In a brief statement, Olsson said the claims were false.") == [("the claims were false", "Olsson")]


def test_a_clause_saying_whose_describes_a_person_nothing_else_describes_where_first_named():
    assert description("Holly Ek, whose family has farmed oysters since 1962, said her harvest fell by half.") \
        == "whose family has farmed oysters since 1962"
    # A role says more; and later clauses comment on someone already known.
    assert description("The harbor master, Rita Vance, whose term ends in May, said the ice was thick.") \
        == "The harbor master"
    assert description("Rita Vance said the ice was thick. Vance, whose boats are all ashore, agreed with "
                       "her critics.") == ""


def test_a_report_whose_attribution_is_followed_by_a_gerund_cue_is_listed_once():
    assert reported("Warmer water may also have played a role, she said, adding that the team plans to test "
                    "samples.") == [("Warmer water may also have played a role", "she"),
                                    ("the team plans to test samples", "she")]


def test_a_report_of_nothing_but_the_quoted_words_is_listed_once_as_those_words():
    for sentence in ('Lee stressed that "the way to proceed is to get both towns working together," suggesting '
                     'a vote in May.', 'But "it will not be ferries and candles," said Tim Lee, the port chief.'):
        quotes = annotate_text(f"Harbor news\n\n{sentence}").quotes
        assert len({q.span for q in quotes}) == len(quotes), sentence
        assert [q.kind for q in quotes if "candles" in q.text or "together" in q.text] == ["partial"], sentence


def test_a_company_set_off_after_what_it_is_speaks_as_that_company_and_the_company_later_is_it():
    ann = annotate_text("Harbor news\n\nThe warehouse's owner, Harbor Storage Co., said in a statement that it was "
                        "relieved. The company estimated the damage at $3 million.")
    assert [(q.text, q.speaker.name) for q in ann.quotes] == [
        ("it was relieved", "Harbor Storage Co."), ("the damage at $3 million", "Harbor Storage Co.")]
    assert [(s.name, s.kind, s.description) for s in ann.sources] == [
        ("Harbor Storage Co.", "organization", "The warehouse's owner")]
    # A person of a university is still a person.
    [source] = annotate_text("Harbor news\n\nAnother pollster, Ada Quist of Fenwick University, said the poll was "
                             "sound.").sources
    assert source.kind == "person"


def test_she_after_a_persons_unnamed_relative_spoke_is_that_relative():
    ann = annotate_text("Harbor news\n\nRita Vance, the police chief, spoke first.\n\nOlsson's mother said her son "
                        "was innocent. “He would never do something like this,” she said.")
    assert [q.speaker.name for q in ann.quotes][-2:] == ["Olsson's mother", "Olsson's mother"]


def test_an_anonymous_sources_reason_is_no_cue_and_whom_told_then_where_is_no_content():
    # "is continuing" says what goes on: the person familiar with the case speaks with "said".
    assert reported("A person familiar with the case, who spoke on the condition of anonymity because the inquiry "
                    "is continuing, said Olsson had argued with a manager.") == [
        ("Olsson had argued with a manager", "A person familiar with the case")]
    # Whom "told" names, then where: what was said is before the comma.
    assert said("Olsson was arrested at his home early Friday and is being held at the county jail, Vance told "
                "reporters at a news conference.") == [
        "Olsson was arrested at his home early Friday and is being held at the county jail"]


def test_charged_reports_only_what_opens_a_clause():
    assert said("Police charged Olsson with arson on Friday.") == []
    assert said("The man charged in the fire appeared in court on Monday.") == []
    assert said("The port charged $5 for parking.") == []
    assert reported("Critics charged that the port had ignored the risk.") == [
        ("the port had ignored the risk", "Critics")]
    assert reported("“The port ignored the risk,” critics charged.") == [("“The port ignored the risk,”", "critics")]


def test_citing_after_a_comma_inside_reported_speech_opens_the_speakers_next_statement():
    assert reported("Lee said the fire was set on purpose, citing traces of gasoline in two places.") == [
        ("the fire was set on purpose", "Lee"), ("traces of gasoline in two places", "Lee")]
    # (other stance gerunds go on the report)
    assert said("Lee said the fire was set on purpose, hoping to end the talk of an accident.") == [
        "the fire was set on purpose, hoping to end the talk of an accident"]


def test_an_insurers_name_is_a_companys_and_the_company_paragraphs_later_is_it():
    ann = annotate_text("Harbor news\n\nHarbor Mutual on Wednesday cut its forecast, saying storm claims would cost "
                        "it about $120 million.\n\nShares of the insurer fell 9 percent in afternoon trading.\n\n"
                        "The company now expects earnings of $2.10 a share.")
    assert [q.speaker.name for q in ann.quotes] == ["Harbor Mutual", "Harbor Mutual"]
    assert [(s.name, s.kind) for s in ann.sources] == [("Harbor Mutual", "organization")]


def test_the_lede_is_below_a_headline_and_is_the_first_paragraph_of_a_text_without_one():
    vote, refusal = "The council voted 5-2 on Monday to close the harbor to cargo ships.", \
        "The mayor has refused to reopen the harbor."
    lede = f"{vote} {refusal}"
    rest = " ".join(f"The port handled {n} million tons of cargo in {2000 + n}, up {n} percent from the year before."
                    for n in range(1, 11))
    headline = "Fenwick port cargo fell 20 percent in 2024 as harbor closed"
    ann = annotate_text(f"{headline}\n\n{lede}\n\n{rest}")
    key = [c.text for c in ann.claims if c.key]
    assert key[:2] == [vote, refusal] and headline not in key
    # Nor is the headline a key claim where the story below has few: it announces what they assert.
    ann = annotate_text(f"{headline}\n\n{lede}\n\nWhat a week.")
    assert [c.text for c in ann.claims if c.key] == [vote, refusal]


def test_a_role_beside_a_name_after_a_preposition_or_an_owners_role_after_it_describes_them():
    quote = " \u201cWe can do it,\u201d Quist said."
    assert description("The system will be led by Quay's chief executive, Ada Quist, while Lee chairs the board."
                       + quote) == "Quay's chief executive"
    assert description("The system will be led by Ada Quist, Quay's chief executive." + quote) == \
        "Quay's chief executive"
    # After "that" too, and a role "of" something ("chief of staff").
    assert description("It emerged that the mayor's chief of staff, Ada Quist, had called them." + quote) == \
        "the mayor's chief of staff"
    # Not a list's next item, nor a phrase that names no role.
    assert description("The plan was praised by Ada Quist, Lee's wife and the mayor." + quote) == ""
    assert description("The plan was praised by Ada Quist, Lee's old ferry." + quote) == ""


def test_where_a_person_lives_or_commutes_from_describes_them():
    assert description("“I missed a meeting,” said Ada Quist, who commutes from Norland Island.") \
        == "who commutes from Norland Island"
    assert description("“It shook the whole house,” said Tim Lee, who lives across the street.") \
        == "who lives across the street"
    assert description("“I started young,” says Tim Lee, 66, who joined Fenwick Ferry Co. as a deckhand in 1985.") \
        == "who joined Fenwick Ferry Co. as a deckhand in 1985"


def test_a_title_opening_a_sentence_is_a_title_even_where_the_text_writes_it_in_lowercase():
    ann = annotate_text("Harbor news\n\nCoach Ada Quist said the team played well.\n\nNorland coach Marco Reyes "
                        "said the referee missed a handball.")
    assert [(s.name, s.description) for s in ann.sources] == [("Ada Quist", "Coach"), ("Marco Reyes", "Norland coach")]


def test_the_body_before_a_title_opening_a_sentence_is_part_of_the_title():
    # "Council President", "Police Chief": the body's name is no sentence opener to drop, though the text
    # also writes "the council" and "the police".
    ann = annotate_text("Harbor news\n\nCouncil President Rita Vance defended the plan. She said the council had "
                        "restored the ferry money.\n\nPolice Chief Tim Lee said the police would patrol the pier.")
    assert [(s.name, s.description) for s in ann.sources] == [("Rita Vance", "Council President"),
                                                              ("Tim Lee", "Police Chief")]


def test_a_role_before_the_name_where_the_person_is_first_named_describes_them_when_they_speak_later():
    assert description("The Fishermen won, with rookie Tim Lee scoring the winning goal.\n\n“I shot,” Lee said.") \
        == "rookie"
    # (not the gerund of stance before the role)
    [source] = [s for s in annotate_text("Harbor news\n\nThe mayor gave a speech denouncing Republican nominee Ada "
                                         "Quist.\n\nQuist said the mayor was wrong.").sources if s.kind == "person"]
    assert source.description == "Republican nominee"


def test_a_line_break_inside_a_paragraph_ends_a_sentence():
    # Readers' answers, one per line and each signed with a dash (<br> between them, no blank line): each
    # is a quotation of its own, not quoted words inside a sentence the line before opens.
    ann = annotate_text("Harbor news\n\nThe tunnel divides the town.\n\n"
                        "“The tunnel is a waste of money. Nobody asked the fishermen.” ― Rita Vance\n"
                        "“I will vote against the mayor over this.”\u00a0― Holly Ek\n"
                        "“Build it now. The ferry is always late.”― Pete Olsson")
    assert [(q.kind, q.speaker.mention) for q in ann.quotes] == [
        ("direct", "Rita Vance"), ("direct", "Holly Ek"), ("direct", "Pete Olsson")]
    # A line that breaks before a lowercase word breaks a sentence that goes on.
    ann = annotate_text("Harbor news\n\nRita Vance said the tunnel was a waste of money and a\n"
                        "burden on the fishermen.")
    assert [q.text for q in ann.quotes] == ["the tunnel was a waste of money and a\nburden on the fishermen"]


def test_a_name_given_with_an_age_is_the_subject_the_next_he_stands_for():
    def speakers(story: str) -> list[str]:
        return [q.speaker.name for q in annotate_text(f"Harbor news\n\n{story}").quotes]

    for after_name in (", 71,", ", 71, who was waiting for a knee operation,"):
        story = (f"Mayor Tim Lee urged both sides to resume talks.\n\nPete Olsson{after_name} said he supported the "
                 "nurses. “They take care of me,” he said.")
        assert speakers(story) == ["Tim Lee", "Pete Olsson", "Pete Olsson"]


def test_unnamed_sources_speak_after_the_reason_they_give_for_anonymity():
    # The reason's clause has its own subject ("because he was not authorized"); the unnamed source speaks,
    # and the reason describes them.
    assert reported("A hospital official who spoke on condition of anonymity because he was not authorized to "
                    "discuss the talks said the offer was final.") == [("the offer was final", "A hospital official")]
    assert reported("Two nurses who asked not to be named because they feared retaliation said the wards were "
                    "short of staff.") == [("the wards were short of staff", "Two nurses")]
    [source] = annotate_text("Harbor news\n\nTwo nurses who spoke on condition of anonymity because they feared "
                             "retaliation said the wards were short of staff.").sources
    assert (source.kind, source.description) == (
        "anonymous", "who spoke on condition of anonymity because they feared retaliation")


def test_a_description_set_off_after_a_name_runs_to_its_end():
    # Past "St." and "Mr.", which end no sentence, and past 80 characters.
    assert description("“We did not want to be here,” said Holly Ek, a cardiac nurse who has worked at "
                       "St. Brendan's for 22 years.") == "a cardiac nurse who has worked at St. Brendan's for 22 years"
    assert description("Rita Vance, a former senior adviser to Mr. Olsson who now runs the Fenwick Institute for "
                       "Coastal Policy and Harbor Studies, said the pier was safe.") == (
        "a former senior adviser to Mr. Olsson who now runs the Fenwick Institute for Coastal Policy and Harbor "
        "Studies")
    # A clause after the name describes nobody: its verb comes before any relative word, or, after the
    # preposition the sentence opens with, any word shaped as a verb.
    assert description("For Ada Quist, the vote presented a chance to fix the pier, and Quist said she would take "
                       "it.") == ""
    assert description("According to Tim Lee, the ferry was sold for $3 million when the city needed cash.") == ""
    assert description("Pete Olsson, the first mayor to have an office on the pier, said it was safe.") == (
        "the first mayor to have an office on the pier")


def test_a_name_written_only_with_its_possessive_before_its_cue_is_a_business():
    def sources(story: str) -> list[tuple[str, str]]:
        return [(s.kind, s.name) for s in annotate_text(f"Harbor news\n\n{story}").sources]

    assert sources("Nurses walked out at St. Brendan's Hospital. In a statement, St. Brendan's called the strike "
                   "unnecessary and said its offer was fair.") == [("organization", "St. Brendan's")]
    # Not a name the text writes without it ("Olsson's said": "has said"), nor one owning the cue's noun.
    assert sources("Olsson's said many times that the pier is safe. Olsson spoke on Tuesday.") == [
        ("person", "Olsson")]
    assert sources("Engineers doubted Ada Quist's claim that the pier was safe.") == [("person", "Ada Quist")]


def test_when_it_was_said_is_not_what_was_said():
    assert said("Rita Vance said Tuesday the pier was safe.") == ["the pier was safe"]
    assert said("Rita Vance told reporters on Friday afternoon the ferry would run.") == ["the ferry would run"]
    assert said("Rita Vance said Tuesday that the pier was safe.") == ["the pier was safe"]


def test_a_title_that_tells_a_gender_picks_among_people_who_share_a_surname():
    ann = annotate_text("Harbor news\n\nBill Clinton and Hillary Clinton toured the pier. Mrs. Clinton said the pier "
                        "was safe. Mr. Clinton said the ferry was late.")
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes] == [
        ("Mrs. Clinton", "Hillary Clinton"), ("Mr. Clinton", "Bill Clinton")]


def test_the_company_is_the_one_company_a_sentence_of_the_story_opens_with():
    filler = ("The breach exposed the names, addresses and bank details of about four million customers, and "
              "regulators in two states have opened inquiries into how the records were stored. Shares have "
              "fallen by a third since March, and several large clients have moved their accounts to rival "
              "firms while the investigation goes on. ")
    story = f"Fenwick Data Corp. is cutting 900 jobs.\n\n{filler}\n\nThe company said the breach cost $180 million."
    assert [q.speaker.name for q in annotate_text(f"Harbor news\n\n{story}").quotes] == ["Fenwick Data Corp."]
    # Not one named only inside a sentence, as one of a list of clients.
    listed = f"Its clients include Harbor Storage Co. and banks.\n\n{filler}\n\nThe company said sales rose last year."
    assert [q.speaker.name for q in annotate_text(f"Harbor news\n\n{listed}").quotes] == ["The company"]
    # Or the one organization that spoke before, by a name such as companies have.
    filler *= 2  # (beyond the reach of the company that spoke last)
    story = f"Fenwick Motors said its profit fell.\n\n{filler}\n\nThe company said the breach cost $180 million."
    assert [q.speaker.name for q in annotate_text(f"Harbor news\n\n{story}").quotes] == ["Fenwick Motors"] * 2
    story = (f"Fenwick Motors said its profit fell. The Port Authority said its piers were safe.\n\n{filler}\n\n"
             "The company said the breach cost $180 million.")
    assert annotate_text(f"Harbor news\n\n{story}").quotes[-1].speaker.name == "The company"


def test_a_report_named_by_whose_it_is_speaks_as_a_document():
    # "report" after a name and its article is the noun the name modifies, no verb the name speaks by.
    assert reported("A Harbor Policy Institute report released last week found that the piers were unsafe.") == [
        ("the piers were unsafe", "A Harbor Policy Institute report released last week")]
    assert reported("A United Nations report found that the piers were unsafe.") == [
        ("the piers were unsafe", "A United Nations report")]
    # Not the subject's verb: a plural after "the", or a pronoun opening the next sentence.
    assert reported("The Olssons report the piers were unsafe.") == [("the piers were unsafe", "Olssons")]
    assert reported("Divers came from the United States. They state their goal is to raise the wreck.") == [
        ("their goal is to raise the wreck", "They")]
    # A report that ...: the outlet reported it.
    assert reported("The mayor cited a Fenwick Courier report that the piers were unsafe.") == [
        ("the piers were unsafe", "Fenwick Courier")]


def test_a_states_or_a_places_news_outlets_speak_as_an_organization():
    for sentence, who in [("State television reported that the premier had called the rebels.", "State television"),
                          ("Russian state media said the talks had failed.", "Russian state media"),
                          ("Fenwick radio reported that the talks had failed.", "Fenwick radio")]:
        ann = annotate_text(f"Harbor news\n\n{sentence}")
        assert [(s.name, s.kind) for s in ann.sources] == [(who, "organization")], sentence
    # ("social media" and the media alone name no one)
    assert said("Social media said the talks had failed.") == []


def test_a_description_met_again_stands_for_the_person_it_named():
    text = ("Harbor news\n\nAda Quist died Saturday. Her daughter, Maria Quist, said the cause was heart failure.\n\n"
            "Tim Lee, a Fenwick Ferries spokesman, said the boats would sail.\n\n"
            "“She never stopped working,” her daughter said. The spokesman added that flags would fly at half-mast.\n\n"
            "The cable, Lee said, arrived late. The cable said the boats were late.")
    ann = annotate_text(text)
    assert [(q.speaker.mention, q.speaker.name) for q in ann.quotes][2:4] == [
        ("her daughter", "Maria Quist"), ("The spokesman", "Tim Lee")]
    assert [s.name for s in ann.sources if s.kind == "person"] == ["Maria Quist", "Tim Lee"]
    # (not a thing's noun: "the cable" is no one Lee's name follows)
    assert ann.quotes[-1].speaker.name == "The cable"


def test_an_incumbent_is_a_role():
    assert description("Ada Quist defeated two-term incumbent Tim Lee.\n\nLee said he would not run again.") == \
        "two-term incumbent"
    assert reported("The incumbent said she would not run again.") == [("she would not run again", "The incumbent")]


def test_a_town_speaks_by_its_common_noun_for_its_government():
    ann = annotate_text("Harbor news\n\nThe town released a statement saying the ferry would run. The county said the "
                        "pier was safe.")
    assert [(s.name, s.kind) for s in ann.sources] == [("The town", "organization"), ("The county", "organization")]
    # (not people of the place, nor a name ending with one)
    assert said("Many in the city said the pier was safe.") == []
    assert said("Every city wants a ferry, the mayor said.") == ["Every city wants a ferry"]
    # The places' noun before their names: "the town of Fenwick", "the cities of Fenwick and Quay".
    assert reported("On Monday, the towns of Fenwick and Quay said they would light the pier.") == [
        ("they would light the pier", "the towns of Fenwick and Quay")]
    assert reported("In Norland, the city of Quay said it would light the pier.") == [
        ("it would light the pier", "the city of Quay")]
    assert reported("On Monday, the cities of Fenwick and Denver said they would light the pier.") == [
        ("they would light the pier", "the cities of Fenwick and Denver")]
    assert reported("On Monday, the cities of Fenwick said they would light the pier.") == [
        ("they would light the pier", "the cities of Fenwick")]
    # A village by its name places who is from it: she speaks.
    [source] = annotate_text("Harbor news\n\nRita Vance of Quay village said the pier was safe.").sources
    assert (source.name, source.kind) == ("Rita Vance", "person")


def test_the_agency_is_the_government_body_named_that_spoke_last():
    ann = annotate_text("Harbor news\n\nThe Fenwick Maritime Administration said it was investigating the fire. No one "
                        "was hurt, the agency said.")
    assert [q.speaker.name for q in ann.quotes] == ["Fenwick Maritime Administration"] * 2
    # Not past a body of another kind that spoke since ("The FBI": no agency by its words)
    ann = annotate_text("Harbor news\n\nThe Fenwick Maritime Administration said it was investigating the fire. The "
                        "FBI said it was helping the inquiry. The agency said no one was hurt in the fire.")
    assert ann.quotes[-1].speaker.name == "The agency"
    # A body that opens a sentence, not speaking, is the agency too, when no other spoke since.
    ann = annotate_text("Harbor news\n\nThe Fenwick Regional Transit Authority will cut service on 14 routes, the "
                        "agency announced Tuesday. The agency said the cuts were needed.")
    assert [q.speaker.name for q in ann.quotes] == ["Fenwick Regional Transit Authority"] * 2
    assert [(s.name, s.kind) for s in ann.sources] == [("Fenwick Regional Transit Authority", "organization")]


def test_a_club_speaks_as_an_organization():
    ann = annotate_text("Harbor news\n\nThe club announced that Tim Lee would miss the season. The Fenwick Rowing Club "
                        "said it would appeal.")
    assert [(s.name, s.kind) for s in ann.sources] == [("The club", "organization"),
                                                       ("Fenwick Rowing Club", "organization")]


def test_a_jury_is_a_body_not_a_person():
    # Not the person "Jury" a headline's capital made, nor one unnamed juror.
    ann = annotate_text("Jury finds Fenwick landlord liable in death\n\nThe jury found that the landlord had ignored "
                        "the complaints.")
    assert [(s.name, s.kind, s.quote_count) for s in ann.sources] == [("Jury", "organization", 2)]


def test_a_name_ending_with_a_unions_members_is_an_organization():
    ann = annotate_text("Harbor news\n\nThe Fenwick Dock Workers said in a statement that they would strike.")
    assert [(s.name, s.kind) for s in ann.sources] == [("Fenwick Dock Workers", "organization")]
    assert [(s.name, s.kind) for s in annotate_text("Harbor news\n\nWorkers said they would strike.").sources] == [
        ("Workers", "anonymous")]


def test_a_document_described_at_length_speaks_with_its_article():
    assert reported("A lawsuit filed in federal court on behalf of customers alleges that the port ignored "
                    "warnings.") == [("the port ignored warnings",
                                      "A lawsuit filed in federal court on behalf of customers")]
    # A verb with its object after the noun is the sentence's verb, no participle describing a document.
    assert said("His research led him to conclude that the ferries were always late.") == []


def test_a_name_set_off_by_its_role_before_a_past_tense_verb_is_the_subject_the_next_she_stands_for():
    # "sat" is a verb in the past though not shaped as one (lexicons/irregular_past.txt).
    ann = annotate_text("Harbor news\n\nJudge Ada Quist warned both sides not to talk to reporters.\n\nLee's widow, "
                        "Maria Lee, sat in the front row. “I want to know who decided this,” she said.")
    assert [q.speaker.name for q in ann.quotes] == ["Ada Quist", "Maria Lee"]


def test_people_named_by_whom_they_are_kin_of_or_speak_for_speak():
    assert reported("The families of the two fishermen, Tim Lee and Holly Ek, said the city was at fault.") == [
        ("the city was at fault", "The families of the two fishermen")]
    assert reported("The parents of the victims said the pier should have been closed.") == [
        ("the pier should have been closed", "The parents of the victims")]
    assert reported("Most of the officials said the pier should have been closed.") == [
        ("the pier should have been closed", "Most of the officials")]


def test_a_headline_group_and_the_same_group_counted_in_the_story_are_one_source():
    ann = annotate_text("Harbor to close pier, people familiar with the plan say\n\nThe harbor will close the North "
                        "Pier in June, according to three people familiar with the plan.")
    assert [(s.name, s.quote_count) for s in ann.sources] == [("three people familiar with the plan", 2)]
    # Two counts are two groups.
    ann = annotate_text("Harbor news\n\nTwo people familiar with the plan said the pier would close. Three people "
                        "familiar with the plan said it would cost more.")
    assert len(ann.sources) == 2


def test_a_cue_word_after_a_plural_possessive_is_a_noun():
    assert said("But the captains' plans don't hold out much hope for the pier.") == []
    assert said("Sanders' call for a new pier won the vote.") == []
    assert said("The captains' claim that the pier was unsafe was rejected by the board.")  # what was claimed follows


def test_what_follows_the_cue_before_what_was_said():
    # Where or when, then a pronoun and its verb: what was said starts with the pronoun.
    assert said("Marco Reyes said at halftime he told his players to stay patient.") == [
        "he told his players to stay patient"]
    # A "that" whose verb is a past the shape does not show opens a relative clause of the object.
    assert said("Tim Lee said the penalty call that went against his team was a disgrace.") == [
        "the penalty call that went against his team was a disgrace"]
    # After a preposition "that" says which; it opens nothing.
    assert said("Rita Vance said in the spring of that year she would run for mayor.") == [
        "in the spring of that year she would run for mayor"]
