"""Bad input never takes the service down: fuzzed pages and texts, and pathological pages through
the real API with its processing budget. (bench/fuzz.py and bench/pathological.py run the full counts.)"""

import pytest
from hypothesis import HealthCheck, given, settings

from newsdigest.annotate import annotate_text
from newsdigest.extract import ExtractionError, extract
from newsdigest.models import Capture
from newsdigest.sandbox import Budget

from .strategies import html_pages, text_pieces

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(article) -> None:
    for p in article.paragraphs:
        assert 0 <= p.start <= p.end <= len(article.text)
    assert "<script" not in article.html.lower()


def check_annotations(text: str, ann) -> None:
    for q in ann.quotes:
        assert 0 <= q.span[0] < q.span[1] <= len(text) and text[q.span[0]:q.span[1]] == q.text
        if q.speaker:
            assert text[q.speaker.span[0]:q.speaker.span[1]] == q.speaker.mention
    for c in ann.claims:
        assert 0 <= c.span[0] < c.span[1] <= len(text) and 0 <= c.score <= 1


@FAST
@given(html_pages())
def test_extract_never_crashes(page):
    try:
        article = extract(Capture(url="https://fuzz.test/a", html=page))
    except ExtractionError as exc:
        assert str(exc)
        return
    check_article(article)
    check_annotations(article.text, annotate_text(article.text, article.paragraphs))


@FAST
@given(text_pieces)
def test_annotate_never_crashes(text):
    check_annotations(text, annotate_text(text))


PATHOLOGICAL = {
    "deep nesting": "<html><body>" + "<div>" * 50_000 + "<p>Deep text, he said.</p>" + "</div>" * 50_000,
    "3 MB of quotes": "<article>" + "<p>“This is a quote,” said John Smith. It cost $4 million.</p>" * 40_000,
    "a megabyte line": "<p>" + "word " * 200_000 + "</p>",
    "unclosed quote marks": "<p>" + "“a ”" * 50_000 + "</p>",
    "straight marks opening words": "<p>Lead text." + ' "a' * 60_000 + "</p>",
    "20,000 acronyms that speak": "<p>" + " ".join(f"The {a}{b}{c}{d}{e} said the plan would work."
                                                  for a in "ABCDEFGHIJ" for b in "ABCDEFGHIJ" for c in "ABCDEFGHIJ"
                                                  for d in "ABCDEFGHIJ" for e in "XY") + "</p>",
    "a transcript of 70,000 turns": "".join(f"<p>SPEAKER {chr(65 + i % 7) * 2}: We will win this vote.</p>"
                                            for i in range(70_000)),
    # (each answer a quote of the interviewee, the paragraph after it its continuation)
    "an interview of 20,000 answers": "<p>Ada Quist joins the board. Quist spoke to us.</p>" + "".join(
        "<p>Q: Why?</p><p>A: “We will win this vote,” I said. I think so.</p><p>More words.</p>"
        for _ in range(20_000)),
    "capitalized runs": "<p>" + "Aaa " * 200_000 + "said.</p>",
    # (each quotation opens with a verb right after a cue: the report it sits in is looked for near it)
    "16,000 reports holding a quotation": "<p>" + " ".join(
        f"Lee told me that the rules the judge described “are fine {i}.”" for i in range(16_000)) + "</p>",
    "an acronym after a page of capitals": "<p>" + "Alpha Beta Gamma Delta " * 12_000
                                           + ". The IMF said growth would slow down a lot this year.</p>",
    "a chain of names and of": "<p>" + "Alpha of Beta " * 20_000 + ". Kim Lee said growth would slow this year.</p>",
    "sentence-free": "<p>" + "a." * 300_000 + "</p>",
    "cue bait": "<p>" + "he said, " * 100_000 + "</p>",
    "label bait": "<p>" + "AAA: " * 100_000 + "“x”</p>",
    "open tags": "<p>" + "<b>" * 100_000 + "text</p>",
    "attributes": "<p " + "a=b " * 200_000 + ">x</p>",
    "not html": "%PDF-1.7\n" + "\x00\x01" * 1000,
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_pages_get_an_answer_within_the_budget(client, auth, app, name):
    app.config["MAX_CLIP_BYTES"] = 5_000_000
    app.config["PROCESS_BUDGET"] = Budget(seconds=45)
    r = client.post("/api/clips", json={"url": "https://evil.test/x", "html": PATHOLOGICAL[name]}, headers=auth)
    assert r.status_code in (201, 422), r.json
    assert "longer than" not in (r.json.get("error") or "")
    assert client.get("/api/health").status_code == 200
