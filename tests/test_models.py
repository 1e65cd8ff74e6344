from newsdigest.models import (
    Annotations,
    Article,
    Capture,
    Claim,
    Cue,
    Mention,
    Paragraph,
    Quote,
    Source,
)


def test_capture_round_trip():
    c = Capture(url="https://x.test/a", html="<p>hi</p>", title="T", selection_text="hi", tags=["a", "b"], note="n")
    assert Capture.from_dict(c.to_dict()) == c


def test_article_round_trip():
    a = Article(url="u", canonical_url="c", title="t", text="one\n\ntwo",
                paragraphs=[Paragraph(0, 3), Paragraph(5, 8, "h2")], html="<p>one</p>", byline="B")
    assert Article.from_dict(a.to_dict()) == a
    assert a.paragraph_texts() == ["one", "two"]


def test_annotations_round_trip_and_counts():
    ann = Annotations(
        quotes=[Quote("“x”", (0, 3), "direct", Mention("he", (5, 7), "Al Bo", "s1"), Cue("said", (8, 12))),
                Quote("y", (20, 21), "indirect")],
        sources=[Source("s1", "Al Bo", "person", True, "Sen.", [(5, 7)], 1),
                 Source("s2", "an aide", "anonymous", False)],
        claims=[Claim("z", (0, 3), 0.8, None, True), Claim("w", (4, 5), 0.4)],
        annotator_version="v",
    )
    back = Annotations.from_dict(ann.to_dict())
    assert back == ann
    assert ann.counts() == {"quotes": 2, "sources": 2, "named_sources": 1, "anonymous_sources": 1, "claims": 1}
