import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdigest.extract import ExtractionError, _published_html, extract
from newsdigest.extract.metadata import normalize_date
from newsdigest.extract.urls import canonical_url
from newsdigest.models import Article, Capture

from .conftest import page_from_text

BODY = "\n\n".join(f"Paragraph {i} of the story says something about the council vote and its budget."
                   for i in range(6))


def test_main_text_without_navigation_or_footer(seed_page):
    article = extract(Capture(url="https://news.test/kyiv", html=seed_page))
    assert article.text.startswith("The U.S. government has offered")
    assert "Home" not in article.text.split("\n\n")[0]
    assert "subscribe or login" not in article.text
    for p in article.paragraphs:
        assert article.text[p.start:p.end].strip() == article.text[p.start:p.end]
    assert article.title == "Zelensky refuses to leave Kyiv"
    assert article.site_name == "Example News"
    assert article.language == "en"


def test_blocks_do_not_glue_words():
    html = "<html><body><article><p>First ends.</p><p>Next begins<br>here.</p><ul><li>one</li><li>two</li></ul>" \
           + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>"
    article = extract(Capture(url="https://news.test/a", html=html))
    assert "ends.Next" not in article.text
    assert "First ends.\n\nNext begins" in article.text


def test_a_table_row_is_one_line_with_its_cells_apart():
    table = ("<table><tr><th>Harbor</th><th>Depth</th></tr><tr><td><p>North</p><p>quay</p></td><td>12 m</td></tr>"
             "<tr><td>South</td><td></td><td>9 m</td></tr></table>")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = f"<html><body><article>{paragraphs}{table}</article></body></html>"
    article = extract(Capture(url="https://news.test/a", html=html))
    assert article.text.endswith("Harbor\tDepth\n\nNorth quay\t12 m\n\nSouth\t9 m")
    # WordPress wraps every table in a <figure>: the table stays, an image's figure and caption do not.
    html = html.replace(table, f"<figure class='wp-block-table'>{table}</figure>"
                               "<figure><img src='/a.jpg'><figcaption>The north quay at dawn.</figcaption></figure>")
    article = extract(Capture(url="https://news.test/a", html=html))
    assert article.text.endswith("South\t9 m") and "dawn" not in article.text


def test_a_quotation_in_a_figure_is_the_articles_not_a_caption():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    quoted = ("<figure class='quote'><img src='/ada.jpg'><blockquote><p>The harbor wall will hold for a century.</p>"
              "</blockquote><figcaption>Ada Quist, harbor engineer</figcaption></figure>")
    html = f"<html><body><article>{paragraphs}{quoted}<p>Work on the wall starts in May, the council said.</p>" \
           "</article></body></html>"
    article = extract(Capture(url="https://news.test/a", html=html))
    assert "The harbor wall will hold for a century." in article.paragraph_texts()
    assert "Ada Quist, harbor engineer" not in article.text  # (the caption stays the figure's)


def test_a_tooltips_bubble_is_not_read_into_the_sentence_of_its_term():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    term = ("<p>The council will dredge the <span class='term'><dfn>channel</dfn><span class='Term_tooltipBubble_x1'>"
            "<strong>Channel</strong> A deep passage that ships use.</span></span> before the winter storms.</p>"
            "<p>Ferries <span role='tooltip'>Boats on a fixed route.</span>will run all week.</p>")
    article = extract(Capture(url="https://news.test/a", html=f"<html><body><article>{paragraphs}{term}</article>"
                                                             "</body></html>"))
    assert article.paragraph_texts()[-2:] == ["The council will dredge the channel before the winter storms.",
                                              "Ferries will run all week."]


def test_words_marked_with_an_unlikely_class_inside_a_paragraph_stay_in_it():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    cited = ("<p>Dredging costs rose by a third [<span class='footers'><a href='#ref1'>1</a></span>-"
             "<span class='footers'><a href='#ref3'>3</a></span>], said the <a class='sidebar-link' "
             "href='/port'>Fenwick Port Authority</a> in its yearly report.</p>"
             "<p>Ferries run all week.<a class='footnote-anchor' href='#fn1'>1</a> Tickets stay the same.</p>")
    article = extract(Capture(url="https://news.test/a", html=f"<html><body><article>{paragraphs}{cited}</article>"
                                                             "</body></html>"))
    assert article.paragraph_texts()[-2:] == [
        "Dredging costs rose by a third [1-3], said the Fenwick Port Authority in its yearly report.",
        "Ferries run all week. Tickets stay the same."]  # a footnote's mark glued no number to "week."


def test_the_article_inside_an_element_whose_class_looks_like_furniture_is_read():
    # An accordion of the article's options, mostly lists, in a wrapper whose class names a "header".
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    options = "".join(f"<li>Option {n}: the harbor board would raise the ferry fares by a tenth and spend the money "
                      f"on the flood wall along the quay.</li>" for n in range(6))
    panes = (f"<div class='pane'><h3>The options</h3><p>The board set out six options before the vote.</p>"
             f"<ul>{options}</ul></div>")
    for names in ("kt-accordion-wrap kt-pane-header-alignment-left", "sidebar-container"):
        html = (f"<html><body><h1>Council vote</h1><div class='entry'>{body}<div class='{names}'>{panes}</div></div>"
                "</body></html>")
        text = extract(Capture(url="https://news.test/vote", html=html)).text
        assert "Option 5: the harbor board" in text, names


def test_the_authors_bio_after_the_article_is_not_its_text():
    head = "<meta name='author' content='Rita Vance'>"
    bio = "Rita Vance is a freelance writer who covers harbors and ferries for several regional papers."
    page = page_from_text(BODY + "\n\n" + bio, "Council passes budget", extra_head=head)
    a = extract(Capture(url="https://news.test/budget", html=page))
    assert a.byline == "Rita Vance"
    assert "freelance writer" not in a.text and a.text.endswith(BODY.split("\n\n")[-1])
    # A paragraph about someone else, or the author's words that merely open with her name, stays.
    last = "Rita Vance asked the mayor twice about the ferry, and got no answer."
    page = page_from_text(BODY + "\n\n" + last, "Council passes budget", extra_head=head)
    assert extract(Capture(url="https://news.test/budget", html=page)).text.endswith(last)


def test_an_appeal_to_support_the_outlets_journalism_is_furniture():
    paras = [f"<p>{p}</p>" for p in BODY.split("\n\n")]
    appeal = ("<hr><h2>On supporting harbor journalism</h2><p>If you're enjoying this article, consider supporting "
              "our journalism by <a href='/join'>subscribing</a>. You help keep the Fenwick newsroom open.</p><hr>")
    html = f"<html><body><article>{paras[0]}{appeal}{''.join(paras[1:])}</article></body></html>"
    a = extract(Capture(url="https://news.test/a", html=html))
    assert "subscribing" not in a.text and "On supporting" not in a.text
    assert len(a.paragraphs) == len(paras)
    # The article's own words about journalism stay.
    story = "<p>The Fenwick Courier's newsroom was supported by a grant from the harbor trust, the editor said.</p>"
    html = f"<html><body><article>{paras[0]}{story}{''.join(paras[1:])}</article></body></html>"
    assert "supported by a grant" in extract(Capture(url="https://news.test/a", html=html)).text


def test_a_line_asking_the_reader_to_sign_up_for_mail_is_furniture():
    paras = [f"<p>{p}</p>" for p in BODY.split("\n\n")]
    prompts = ("<h3>Subscribe to the Harbor Newsletter!</h3><p>Want more from the Courier? Sign up for our newsletter, "
               "The Tide, and never miss a ferry.</p><p>Get Ada Quist's stories in your inbox</p>")
    # The article's own words about newsletters stay.
    story = "<p>The ferry company mails a newsletter to every season-ticket holder, its manager said.</p>"
    html = f"<html><body><article>{paras[0]}{prompts}{story}{''.join(paras[1:])}</article></body></html>"
    text = extract(Capture(url="https://news.test/a", html=html)).text
    assert "Subscribe" not in text and "Sign up" not in text and "inbox" not in text
    assert "mails a newsletter to every season-ticket holder" in text


def test_a_line_of_tags_or_categories_is_not_the_articles_text():
    paras = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    tail = ("<p>Categories of harbor fees vary from one quay to the next, the council said.</p>"
            "<p>Tags: Harbor, Ferries, Fenwick council</p><p>Posted in Transport, Local news</p>")
    a = extract(Capture(url="https://news.test/a", html=f"<html><body><article>{paras}{tail}</article></body></html>"))
    assert a.paragraph_texts()[-1] == "Categories of harbor fees vary from one quay to the next, the council said."


def test_list_items_keep_their_bullets_and_numbers_as_plain_text_writes_them():
    lists = ("<ul><li>New buses</li><li><p>Longer library hours</p><p>on weekends</p></li></ul>"
             "<ol start='3'><li>Third step<ol><li>inner step</li></ol></li><li>Fourth step</li></ol>")
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    article = extract(Capture(url="https://news.test/a", html=f"<html><body><article>{paragraphs}{lists}</article>"
                                                             "</body></html>"))
    assert article.paragraph_texts()[-6:] == ["- New buses", "- Longer library hours", "on weekends",
                                              "3. Third step", "1. inner step", "4. Fourth step"]


def test_metadata_from_json_ld_and_meta():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "ignored"},
        {"@type": "NewsArticle", "headline": "Council passes budget", "datePublished": "2024-03-05T10:30:00Z",
         "author": [{"@type": "Person", "name": "Ada Byron"}, {"@type": "Person", "name": "Tim Lee"}],
         "publisher": {"@type": "Organization", "name": "The Daily Test"}}]}
    head = (f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
            "<link rel='canonical' href='/2024/budget'>")
    page = page_from_text(BODY, "Council passes budget", extra_head=head)
    a = extract(Capture(url="https://news.test/2024/budget?utm_source=x#top", html=page))
    assert a.byline == "Ada Byron and Tim Lee"
    assert a.published == "2024-03-05T10:30:00+00:00"
    assert a.canonical_url == "https://news.test/2024/budget"
    assert a.site_name == "The Daily Test"


def test_opengraph_and_time_fallbacks():
    head = ("<meta property='og:title' content='Storm hits coast - Example News'>"
            "<meta property='og:site_name' content='Coastal Times'><meta name='author' content='By Jo Park'>")
    page = page_from_text(BODY, "x", extra_head=head).replace("<article>", "<article><time datetime='2023-11-02'>")
    a = extract(Capture(url="https://coastal.test/storm", html=page))
    assert a.title == "Storm hits coast"
    assert a.byline == "Jo Park"
    assert a.published == "2023-11-02"


def test_selection_is_the_article():
    page = page_from_text(BODY, "Council passes budget")
    a = extract(Capture(url="https://news.test/x", html=page, selection_text="Only this part.\n\nAnd this one."))
    assert a.text == "Only this part.\n\nAnd this one."
    assert a.title == "Council passes budget"


@pytest.mark.parametrize("html, reason", [
    ("", "empty"), ("   \n", "empty"), ("%PDF-1.7\n...", "PDF"), ('{"a": 1}', "JSON"),
    ("<html><body><nav></nav></body></html>", "no article text"),
])
def test_bad_input_gets_a_clear_error(html, reason):
    with pytest.raises(ExtractionError, match=reason):
        extract(Capture(url="https://news.test/x", html=html))


def test_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 20000 + "<p>Deep text here for the reader to see.</p>" + "</div>" * 20000
    try:
        article = extract(Capture(url="https://news.test/deep", html=html + "</body></html>"))
    except ExtractionError as exc:
        assert str(exc)
    else:
        assert article.text


def test_sanitized_html_has_no_script():
    page = page_from_text(BODY, "x").replace(
        "</article>", "<p onclick='x()'>Click <a href='javascript:alert(1)'>me</a> "
                      "<a href='/rel'>rel</a></p><script>alert(1)</script></article>")
    a = extract(Capture(url="https://news.test/x", html=page))
    assert "script" not in a.html and "onclick" not in a.html and "javascript:" not in a.html
    assert 'href="https://news.test/rel"' in a.html


def test_canonical_url_normalization():
    assert canonical_url("", "HTTPS://News.Test:443/a?utm_medium=x&id=3#frag") == "https://news.test/a?id=3"
    assert canonical_url("javascript:alert(1)", "https://n.test/a") == "https://n.test/a"


@pytest.mark.parametrize("raw, iso", [
    ("2022-02-25T14:03:00-05:00", "2022-02-25T14:03:00-05:00"),
    ("February 25, 2022", "2022-02-25"), ("1645797780", "2022-02-25"), ("not a date", ""), ("", ""),
    ("23.07.2025", "2025-07-23"), ("05.07.2025", "2025-07-05"), ("10/31/2024", "2024-10-31"),
    ("31/10/2024", "2024-10-31"), ("31.02.2024", ""),
])
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


def test_visible_headline_date_and_byline_win_over_seo_metadata():
    head = "<meta property='og:title' content='Best Widgets 2025: Top 10 Picks | Example News'>"
    page = page_from_text(BODY, "x", extra_head=head).replace(
        "<article><h1>x</h1>",
        "<article><h1>The Best Widgets of 2025</h1><p class='meta'>By Ana Lima and Bo Chen</p>"
        "<p>Updated Dec 18, 2025 · 12 min read</p>")
    a = extract(Capture(url="https://news.test/widgets", html=page))
    assert a.title == "The Best Widgets of 2025"
    assert a.published == "2025-12-18"
    assert a.byline == "Ana Lima and Bo Chen"


def test_a_headline_unrelated_to_the_declared_title_is_not_the_title():
    head = "<meta property='og:title' content='Defer, Panic, and Recover'>"
    page = page_from_text(BODY, "x", extra_head=head).replace("<article><h1>x</h1>", "<article><h1>The Go Blog</h1>")
    assert extract(Capture(url="https://go.test/blog/defer", html=page)).title == "Defer, Panic, and Recover"


def test_a_sections_heading_with_its_permalink_anchor_is_no_headline():
    head = "<meta property='og:title' content='What do sailors love about Fenwick?'>"
    section = ("<h1 id='what-they-love'><a class='anchor' href='#what-they-love'></a> What they love about "
               "Fenwick is the calm of its harbor</h1>")
    page = page_from_text(BODY, "x", extra_head=head).replace("<article><h1>x</h1>", f"<article>{section}")
    assert extract(Capture(url="https://blog.test/fenwick", html=page)).title == "What do sailors love about Fenwick?"
    # A site known only by its address: a title's part made of the address's words is the site's name.
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page = (f"<html><head><title>What do sailors love about Fenwick? | Fenwick Blog</title></head><body>"
            f"<article>{section}{story}</article></body></html>")
    assert extract(Capture(url="https://blog.fenwick-harbor.test/love", html=page)).title == \
        "What do sailors love about Fenwick?"


def test_a_space_the_page_leaves_before_the_titles_closing_mark_is_dropped():
    page = page_from_text(BODY, "Make the most of your ferry ride with these ten hacks .")
    assert extract(Capture(url="https://news.test/hacks", html=page)).title == \
        "Make the most of your ferry ride with these ten hacks."


def test_of_several_headlines_the_one_the_declared_title_names():
    head = "<meta property='og:title' content='Defer, Panic, and Recover - The Go Programming Language'>"
    page = page_from_text(BODY, "x", extra_head=head).replace(
        "<article><h1>x</h1>", "<article><h1>The Go Blog</h1><h1>Defer, Panic, and Recover</h1>")
    assert extract(Capture(url="https://go.test/blog/defer", html=page)).title == "Defer, Panic, and Recover"


def test_a_declared_title_that_is_the_site_name_or_a_promotion_yields_to_the_others():
    site_only = ("<meta property='og:title' content='Robomow'>"
                 "<meta name='twitter:title' content='Which mower suits which lawn size? | Robomow'>")
    page = page_from_text(BODY, "Which mower suits which lawn size?", extra_head=site_only).replace(
        "Example News", "Robomow")
    assert extract(Capture(url="https://robomow.test/blog/lawn", html=page)).title == \
        "Which mower suits which lawn size?"
    promotion = ("<meta property='og:title' content='Blog post >> Visit our blog to learn more'>"
                 '<script type="application/ld+json">{"@type": "BlogPosting", '
                 '"headline": "Paid Time-Off Policies: Best Practices"}</script>')
    page = page_from_text(BODY, "Paid Time-Off Policies: Best Practices", extra_head=promotion)
    title = extract(Capture(url="https://pay.test/blog/pto", html=page)).title
    assert title == "Paid Time-Off Policies: Best Practices"


def test_date_in_the_address():
    page = page_from_text(BODY, "Council passes budget")
    assert extract(Capture(url="https://news.test/2024/03/05/budget/", html=page)).published == "2024-03-05"


@pytest.mark.parametrize("raw, clean", [
    ("Written By:Cazzy MagennisLast Updated:August 1, 2025", "Cazzy Magennis"),
    ("Team SimplyThrilledSeptember 4, 2025", "Team SimplyThrilled"),
    ("By Jo Park | Staff writer", "Jo Park"),
    ("page.head.extra.author", ""),
    ("https://example.com/author/jo", ""),
    # (a template's placeholder, a weekday left from a date)
    ("admin", ""), ("The Author", ""), ("Sat", ""),
])
def test_clean_byline(raw, clean):
    from newsdigest.extract.byline import clean_byline

    assert clean_byline(raw) == clean


def test_paragraphs_readability_drops_are_recovered_but_not_the_footer():
    para = "<p>Paragraph {} tells the story of the council budget in considerable detail for readers.</p>"
    html = ("<html><body><nav><a href='/'>Home</a></nav><div class='story'>"
            + "".join(para.format(i) for i in range(2)) + "</div><div class='sidebar widget'>"
            + "".join(para.format(i) for i in range(2, 9)) + "</div><footer><p>Copyright notice of the site "
            "that nobody should ever read as article text.</p></footer></body></html>")
    a = extract(Capture(url="https://news.test/split", html=html))
    assert [t.split()[1] for t in a.paragraph_texts()] == [str(i) for i in range(9)]
    assert "Copyright" not in a.text


def test_recovered_paragraphs_keep_the_headings_and_lists_between_them():
    para = "<p>Paragraph {} tells the story of the council budget in considerable detail for readers.</p>"
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><div class='story'>"
            + "".join(para.format(i) for i in range(2)) + "</div><h2>What the budget pays for</h2>"
            "<ul><li>New buses</li><li>Longer library hours</li></ul><div class='sidebar widget'>"
            + "".join(para.format(i) for i in range(2, 9)) + "</div></article><footer><p>Copyright notice "
            "of the site that nobody should ever read as article text.</p></footer></body></html>")
    a = extract(Capture(url="https://news.test/split", html=html))
    assert [p.kind for p in a.paragraphs][2:5] == ["h2", "li", "li"]
    assert a.paragraph_texts()[2:5] == ["What the budget pays for", "- New buses", "- Longer library hours"]
    assert "Copyright" not in a.text


def test_an_article_written_mostly_as_lists_is_recovered_with_its_lists():
    tip = ("<li><strong>Tip {0}:</strong> Walk the harbor wall at low tide, when the old stones show their moss and "
           "the gulls sit in rows along the quay, and count the boats.</li>")
    lead = "<p>Lead-in {0} says what the next list of tips for visitors to the harbor is about.</p>"
    tips = ["".join(tip.format(f"{i}.{j}") for j in range(6)) for i in range(3)]
    sections = "".join(f"<div class='sidebar widget'>{lead.format(i)}<ul>{tips[i]}</ul></div>" for i in range(3))
    html = ("<html><body><nav><a href='/'>Home</a></nav><article><div class='story'><p>The harbor guide opens with a "
            "short word on what visitors will find.</p></div>" + sections + "</article><footer><p>Copyright notice of "
            "the site that nobody should ever read as article text.</p></footer></body></html>")
    a = extract(Capture(url="https://news.test/tips", html=html))
    assert [p.kind for p in a.paragraphs] == ["p"] + (["p"] + ["li"] * 6) * 3
    assert "Copyright" not in a.text


def test_the_main_element_holding_the_prose_is_read_alone():
    story = "".join(f"<p>Paragraph {i} of the story tells readers about the council vote and the budget.</p>"
                    for i in range(8))
    teasers = "".join(f"<div class='teaser'><p>Teaser {i} is a long line about another story that readers "
                      f"might also like to open and read today.</p></div>" for i in range(1))
    html = (f"<html><body><div class='page'><div>{teasers}</div><main><h1>The vote</h1>{story}</main>"
            f"</div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    numbers = [line.split()[1] for line in text.split("\n\n") if line.startswith("Paragraph")]
    assert numbers == [str(i) for i in range(8)]
    assert "Teaser" not in text


def test_elements_that_are_never_content_are_not_read():
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (f"<html><body><article>{body}<svg><text>chart label text</text></svg>"
            f"<template><p>A template paragraph that the page never shows to its readers at all.</p></template>"
            f"<!-- a comment the reader never sees --></article></body></html>")
    article = extract(Capture(url="https://news.test/a", html=html))
    assert article.text == BODY
    assert "comment" not in article.html and "svg" not in article.html


def test_an_article_after_an_early_end_of_the_page_is_read():
    # A template that prints its header as a whole document, then the article: browsers read on.
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = ("<html><head><title>Council vote</title></head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"</body></html>\n<div class='post'><article><h1>Council passes the budget</h1>{body}</article></div>"
            "</body></html>")
    article = extract(Capture(url="https://news.test/a", html=html))
    assert article.text == BODY
    assert article.title == "Council passes the budget"


def test_parts_streamed_after_the_page_are_read_in_place():
    # React streams parts of a server-rendered page after the rest; its scripts swap them in.
    paras = [f"<p>{p}</p>" for p in BODY.split("\n\n")]
    html = ("<html><head><title>Council vote</title></head><body><article><h1>Council passes the budget</h1>"
            f"{paras[0]}<!--$?--><template id='B:0'></template><div>Loading paragraph...</div><!--/$-->"
            f"{''.join(paras[2:])}</article>"
            "<div hidden id='S:0'><div><template id='P:1'></template></div></div>"
            f"<div hidden id='S:1'>{paras[1]}</div>"
            "<script>$RS(\"S:1\",\"P:1\");$RC(\"B:0\",\"S:0\")</script></body></html>")
    article = extract(Capture(url="https://news.test/a", html=html))
    assert article.text == BODY
    assert "Loading" not in article.html


def _page_with(head: str, top: str, tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    return (f"<html><head><title>Council vote</title>{head}</head><body><article><h1>Council passes the budget</h1>"
            f"{top}{body}</article>{tail}</body></html>")


def test_byline_label_and_name_in_separate_elements():
    page = _page_with("", "<div><p>Written by</p><p>Edda Tabor</p></div><time datetime='2025-08-04'>Aug 4</time>")
    assert extract(Capture(url="https://news.test/a", html=page)).byline == "Edda Tabor"
    # A link holding the name and the title in blocks of their own: the name, not the two glued.
    page = _page_with("", "<div class='post_author-text'><a href='/in/edda'><div>Edda Tabor</div><div>Head "
                          "Winemaker</div></a></div>")
    assert extract(Capture(url="https://news.test/a", html=page)).byline == "Edda Tabor"


def test_the_site_named_as_author_gives_way_to_the_person_on_the_page():
    ld = json.dumps({"@type": "NewsArticle", "headline": "Council passes the budget",
                     "author": {"@type": "Person", "name": "Daily Ledger"}, "publisher": {"name": "Daily Ledger"}})
    page = _page_with(f"<script type='application/ld+json'>{ld}</script>",
                      "<div class='byline-section'><span class='author'>Brian Tate</span></div>")
    assert extract(Capture(url="https://dailyledger.test/a", html=page)).byline == "Brian Tate"
    alone = _page_with(f"<script type='application/ld+json'>{ld}</script>", "")
    assert extract(Capture(url="https://dailyledger.test/a", html=alone)).byline == "Daily Ledger"


def test_commenters_and_text_that_is_not_names_are_not_the_byline():
    comments = ("<section id='comments'><div class='comment-author'>Jiobal Says</div>"
                "<p>Great piece about the budget and the council, thanks for writing it.</p></section>")
    page = _page_with("", "<p class='author-note'>teaching them effective study habits and more.</p>", comments)
    assert extract(Capture(url="https://news.test/a", html=page)).byline == ""


@pytest.mark.parametrize("text, names", [
    ("Ana Lima and Bo Chen", True), ("Ludwig van Beethoven", True), ("Michael Greger, M.D. FACLM", True),
    ("262588213843476", False), ("Jun 2 Written By", False), ("Personal finance", False),
    ("printing one of our several examples.", False), ("researchers at the University of Sydney", False),
])
def test_looks_like_names(text, names):
    from newsdigest.extract.byline import looks_like_names

    assert looks_like_names(text) is names


def _title_of(declared: str, headline: str) -> str:
    """The title extracted from a page declaring one title (OpenGraph) and showing another (its h1)."""
    head = f"<meta property='og:title' content=\"{declared}\">"
    page = page_from_text(BODY, "x", extra_head=head).replace("<article><h1>x</h1>", f"<article><h1>{headline}</h1>")
    return extract(Capture(url="https://news.test/a", html=page)).title


def test_of_two_titles_with_the_same_words_the_fuller_one():
    assert _title_of("8 Recent Trends in Photography | Example News", "Recent Trends in Photography") \
        == "8 Recent Trends in Photography"
    # An article more or less ("The") does not make the headline say something the title does not.
    assert _title_of("Beginner's Guide to Harbors (Ports and Quays)", "The Beginner's Guide to Harbors") \
        == "Beginner's Guide to Harbors (Ports and Quays)"
    # Nor a part of the title of its own: "Headline | Tagline" stays the headline.
    assert _title_of("Beginner's Guide to Harbors | Ports, Quays and Ferries Explained",
                     "The Beginner's Guide to Harbors") == "The Beginner's Guide to Harbors"


def test_readers_comments_are_not_the_article():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    comments = "".join(f"<li class='comment'><p>Comment {i}: I have lived in this town for years and I think "
                       f"the council got the budget badly wrong again.</p></li>" for i in range(12))
    html = (f"<html><body><div class='post'><h1>Council vote</h1>{story}</div>"
            f"<div id='comments' class='comments-area'><ol class='comment-list'>{comments}</ol></div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.endswith(BODY) and "Comment" not in text


def test_headings_that_are_links_or_have_negative_looking_classes_are_read():
    entries = "".join(f"<h2><a href='/school{n}'>{n}. Fenwick School of Harbor Studies number {n}</a></h2>"
                      f"<p>School {n} teaches dredging, diving and the law of the sea to about a hundred students "
                      f"a year, most of them from the valley.</p>" for n in range(1, 5))
    html = (f"<html><body><div class='post'><h1>Best harbor schools</h1><p>{BODY[:80]}</p>{entries}"
            f"<h3 class='meta-heading'>How we ranked them</h3><p>{BODY[:80]} Again, by the numbers.</p>"
            f"<h2 class='header-anchor-post'>What the schools cost</h2><p>{BODY[:80]} Fees vary.</p>"
            "</div></body></html>")
    text = extract(Capture(url="https://news.test/schools", html=html)).text
    assert "3. Fenwick School of Harbor Studies number 3\n\nSchool 3 teaches" in text
    assert "How we ranked them" in text
    assert "What the schools cost\n\n" in text  # (readability deletes whatever a "header" class names)
    # ... and a heading in boxes of its own, which readability deletes as too short.
    html = html.replace("<h3 class='meta-heading'>How we ranked them</h3>",
                        "<section class='block'><div class='heading-block'><h3>Our method</h3></div></section>")
    assert "Our method\n\n" in extract(Capture(url="https://news.test/schools", html=html)).text


def test_a_table_of_data_or_a_list_inside_the_article_is_read():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    rows = "".join(f"<tr><td>Week {w}</td><td>Rest</td><td>Walk 20 min</td><td>Run easy {w + 1} miles</td></tr>"
                   for w in range(1, 7))
    table = (f"<h3>The plan</h3><div class='relative my-base'><div class='isolate overflow-x-scroll'>"
             f"<table><thead><tr><td>Week</td><td>Monday</td><td>Tuesday</td><td>Wednesday</td></tr></thead>"
             f"<tbody>{rows}</tbody></table></div></div>")
    html = f"<html><body><div class='post'><h1>Couch to 5K</h1>{story}{table}<p>{BODY[:80]}</p></div></body></html>"
    text = extract(Capture(url="https://news.test/plan", html=html)).text
    assert "Week 3\tRest\tWalk 20 min\tRun easy 4 miles" in text and text.startswith(BODY)
    # So is a list of the article's own words, not links, in a box whose other words are links.
    items = "".join(f"<li>Step {n}: walk for {n * 5} minutes</li>" for n in range(1, 6))
    links = " and ".join(f"<a href='/g{n}'>our guide to running number {n}</a>" for n in range(1, 4))
    html = (f"<html><body><div class='post'><h1>Couch to 5K</h1>{story}"
            f"<div class='steps'><p>See {links}.</p><ul>{items}</ul></div><p>{BODY[:80]}</p></div></body></html>")
    text = extract(Capture(url="https://news.test/plan", html=html)).text
    assert "- Step 4: walk for 20 minutes" in text
    # ... and a list of one item, as some pages write each step, its words in a paragraph.
    steps = "".join(f"<ul><li><p>Step {n}: walk for {n * 5} minutes, then run as long</p></li></ul>"
                    for n in range(1, 4))
    html = f"<html><body><div class='post'><h1>Couch to 5K</h1>{story}{steps}<p>{BODY[:80]}</p></div></body></html>"
    text = extract(Capture(url="https://news.test/p", html=html)).text
    assert "Step 2: walk for 10 minutes, then run as long" in text
    # ... and a list whose items link their names but say more of them than the links do.
    items = "".join(f"<li><a href='/s{n}'>Harbor shoe model {n}</a>: light, dry and cheap</li>" for n in range(1, 6))
    html = f"<html><body><div class='post'><h1>Shoes</h1>{story}<ul>{items}</ul><p>{BODY[:80]}</p></div></body></html>"
    text = extract(Capture(url="https://news.test/s", html=html)).text
    assert "- Harbor shoe model 3: light, dry and cheap" in text


def test_furniture_the_page_names_inside_the_article_is_not_read():
    paragraphs = BODY.split("\n\n")
    story = "".join(f"<p>{p}</p>" for p in paragraphs[:3])
    rest = "".join(f"<p>{p}</p>" for p in paragraphs[3:])
    furniture = (
        "<div class='post-share-bar'><p>Share this story with your friends by email or on your favourite "
        "network today.</p></div>"
        "<div id='related-stories'><ul><li>Another council story you may have missed this week</li>"
        "<li>The mayor's budget, explained in ten charts for busy readers</li></ul></div>"
        "<div class='box sponsored-content'><p>This space is brought to you by a local bakery selling "
        "bread and cakes every morning.</p></div>"
        "<div class='affiliate_disclosure'><p>We may earn a commission when you buy through links on "
        "this page at no cost to you.</p></div>"
        "<div class='post-cta'><p>Ready to grow your business? Book a free demo with our team today.</p></div>"
        "<div class='newsletter-signup'><p>Get the Courier's harbor letter in your inbox every Friday "
        "morning.</p><p>You're on the list! The first letter sails on Friday.</p></div>"
        "<div id='tides-signup'><p>Tide Talk is a weekly letter for harbor pilots and skippers, with "
        "the week's tides.</p></div>"
        "<div class='restricted-content-breaker'><h2>Members read the rest of this story</h2><p>Join the "
        "Courier for the whole harbor report and the tide tables. Already a member? Sign in</p></div>"
        "<div class='site-after-content'><p><strong>About the Fenwick Courier</strong></p><p>The Fenwick "
        "Courier has covered the harbor, its council and its ferries since 1921.</p></div>"
        # (WordPress's list of other posts)
        "<div class='wp-block-query'><ul class='wp-block-post-template'><li class='wp-block-post'><p>Ferry "
        "captains tell their stories of the winter storms in a new series</p><p>Read now</p></li></ul></div>")
    # A heading whose id is its slug, a link named for what it recommends: the article's own words.
    own = ("<h2 id='what-share-of-the-budget-goes-to-roads'>What share of the budget goes to roads</h2>"
           "<p>The council, <a class='recommendation-inline-link' href='/roads'>as roads groups asked</a>, "
           "kept the road budget whole for another year.</p>")
    # A trail of links above the headline, in a box of inline parts (which readability writes as a p).
    crumbs = "<div class='breadcrumbs'><a href='/'>Home</a> / <a href='/news'>News</a> / Council vote</div>"
    html = (f"<html><body><div class='post'>{crumbs}<h1>Council vote</h1>{story}{furniture}{own}{rest}</div>"
            "</body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    for words in ("Share this story", "Another council story", "local bakery", "commission", "free demo",
                  "harbor letter", "on the list", "Tide Talk", "Members read", "Join the Courier", "since 1921",
                  "Ferry captains", "Home / News"):
        assert words not in text
    assert "What share of the budget goes to roads" in text and "as roads groups asked" in text
    assert text.endswith("\n\n".join(paragraphs[3:]))
    # An element so named that holds most of the article is its wrapper, and is read.
    html = f"<html><body><div class='entry share-wrapper'><h1>Council vote</h1>{story}{rest}</div></body></html>"
    assert extract(Capture(url="https://news.test/vote", html=html)).text.endswith(BODY)


def test_posts_the_article_embeds_are_read_with_their_signature_and_published_as_quotations():
    paragraphs = BODY.split("\n\n")
    tweet = ("<blockquote class='twitter-tweet' data-dnt='true'><p lang='en'>The harbor vote is a disgrace. "
             "We will take it to court. <a href='https://t.co/x'>pic.twitter.com/Qx1</a></p>&mdash; Ada Quist "
             "(@adaquist) <a href='https://twitter.com/adaquist/status/1'>March 12, 2026</a></blockquote>")
    skeet = ("<blockquote class='bluesky-embed' data-bluesky-uri='at://x'><p>Budget passes, 5 to 4.</p>&mdash; "
             "Fenwick Courier (<a href='https://bsky.app/profile/x'>@courier.bsky.social</a>) "
             "<a href='https://bsky.app/x'>March 13, 2026 at 9:02 AM</a></blockquote>")
    html = (f"<html><body><article><h1>Council vote</h1>{''.join(f'<p>{p}</p>' for p in paragraphs[:3])}{tweet}"
            f"{''.join(f'<p>{p}</p>' for p in paragraphs[3:])}{skeet}</article></body></html>")
    article = extract(Capture(url="https://news.test/vote", html=html))
    assert ("The harbor vote is a disgrace. We will take it to court. pic.twitter.com/Qx1\n\n"
            "\u2014 Ada Quist (@adaquist) March 12, 2026") in article.text
    assert article.text.index("Ada Quist") < article.text.index(paragraphs[3])
    assert "Budget passes, 5 to 4." in article.text and "Fenwick Courier" in article.text
    # Published as quotations, without the network's class or data.
    assert article.html.count("<blockquote>") == 2 and "class=" not in article.html and "data-" not in article.html
    # The post's date is not the article's.
    assert article.published == ""
    # A blockquote of the article's own is read as it always was.
    html = html.replace("class='twitter-tweet' data-dnt='true'", "")
    assert "We will take it to court." in extract(Capture(url="https://news.test/vote", html=html)).text


def test_the_byline_and_dates_repeated_in_the_body_are_not_read():
    paragraphs = BODY.split("\n\n")
    lines = ["By Ada Quist and Tim Lee | March 12, 2026 \u00b7 4 min read", "Updated March 13, 2026 at 9:02 AM",
             "Ada Quist and Tim Lee", "Posted by Tim at March 14, 2026 10:00 AM"]
    own = ["By 2027, the council expects the pier to be sold.", "By Audience", "March 12, 2026, was the day "
           "the council finally voted on the pier."]
    html = (f"<html><head><meta name='author' content='Ada Quist and Tim Lee'></head><body><article>"
            f"<h1>Council vote</h1>{''.join(f'<p>{p}</p>' for p in lines[:2] + paragraphs[:3] + own)}"
            f"{''.join(f'<p>{p}</p>' for p in paragraphs[3:] + lines[2:])}</article></body></html>")
    article = extract(Capture(url="https://news.test/vote", html=html))
    assert article.byline == "Ada Quist and Tim Lee"
    for line in lines:
        assert line not in article.text
    for line in own:
        assert line in article.text


def test_lines_of_furniture_standing_alone_in_the_article_are_not_read():
    paragraphs = BODY.split("\n\n")
    lines = ["<p>3 MIN. READ</p>", "<div><a href='/more'>Learn More</a></div>", "<p>Advertisement</p>",
             "<h3>Related articles:</h3>", "<p><span>Share this article</span></p>", "<h2>Table of Contents</h2>"]
    html = ("<html><body><div class='post'><h1>Council vote</h1>"
            + "".join(f"<p>{p}</p>{line}" for p, line in zip(paragraphs, lines, strict=True))
            + "<p>Read more of the council's own words, and share them: the minutes are online.</p>"
            + "</div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.endswith(BODY + "\n\nRead more of the council's own words, and share them: the minutes are online.")
    for line in ("MIN. READ", "Learn More", "Advertisement", "Related articles", "Share this article",
                 "Table of Contents"):
        assert line not in text
    # Buttons that take the reader elsewhere, in bold as its line's only words; a bold word opening a
    # sentence stays.
    buttons = ["<p><a href='/r'><strong>Read Full Review</strong></a></p>", "<p><b>Back to Top</b></p>",
               "<div><button>Check Price</button></div>", "<p><strong>Related</strong> stories ran all week.</p>",
               "", ""]
    html = ("<html><body><div class='post'><h1>Council vote</h1>"
            + "".join(f"<p>{p}</p>{line}" for p, line in zip(paragraphs, buttons, strict=True))
            + "</div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert "Related stories ran all week." in text
    assert not any(button in text for button in ("Read Full Review", "Back to Top", "Check Price"))


def test_the_site_s_copyright_notice_is_not_read_but_a_heading_about_copyright_is():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = ("<html><body><div class='post'><h1>Council vote</h1>" + story
            + "<h2>Copyright and the harbor archive</h2>"
            + "<p>The council also voted to open the harbor archive to every reader in Fenwick.</p>"
            + "<p>Copyright \u00a9 2025 Fenwick Gazette. All Rights Reserved.</p>"
            + "<p><small>\u00a9 2024 Harbor Media, Inc.</small></p></div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.endswith("Copyright and the harbor archive\n\n"
                         "The council also voted to open the harbor archive to every reader in Fenwick.")
    assert "Reserved" not in text and "Harbor Media" not in text


def test_an_article_flagged_as_having_comments_is_still_the_article():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (f"<html><body><article class='post has-comments'><h1>Council vote</h1>{story}</article>"
            f"<div class='pager'><p>Previous post: how to plant beans and peas in a small garden</p></div>"
            f"</body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.endswith(BODY) and "Previous" not in text


def test_a_page_rendered_into_a_hidden_wrapper_is_read():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (f"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<div hidden><article><h1>Council vote</h1>{story}</article></div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.endswith(BODY) and "Home" not in text


def test_an_intro_in_a_box_named_a_header_is_read_but_the_page_s_header_is_not():
    intro = "Fenwick has more ferries than any harbor town of its size, and choosing one is harder than it looks."
    items = "".join(f"<h2>{n}. Ferry number {n}</h2><p>Ferry {n} crosses the bay in {n * 10} minutes and carries "
                    f"bikes for free on weekdays.</p>" for n in range(1, 6))
    html = (f"<html><body><div class='site-header'><a href='/'>Harbor Guide</a> <a href='/ferries'>Ferries</a>"
            f"<p class='tagline'><a href='/about'>The harbor's own guide, since 1998</a></p></div>"
            f"<div class='listicle'><section class='listicle-header'><h1>The best ferries</h1>"
            f"<div class='intro'><p>{intro}</p></div></section>{items}</div></body></html>")
    text = extract(Capture(url="https://news.test/ferries", html=html)).text
    assert text.startswith(intro) and "1. Ferry number 1" in text
    assert "Harbor Guide" not in text and "since 1998" not in text


def test_a_body_readability_finds_inside_a_figure_is_read_from_its_start():
    # (A page whose figure is left open swallows the rest of the article: readability picks the
    # figure's wrapper, and the lead before it, a fifth of the body, would be lost.)
    lead = ("Fenwick's ferry board tested nine harbor ferries this summer, and two of them stood out. The board "
            "timed each crossing twice, once in calm water and once in a gale, and counted the bikes aboard.")
    rest = "".join(f"<p>{p}</p>" for p in "\n\n".join(BODY.replace("Paragraph", w) for w in (
        "Paragraph", "Section", "Part", "Page")).split("\n\n"))
    html = (f"<html><body><article><h1>The best ferries</h1><div class='post-content'><p>{lead}</p><p>{lead}</p>"
            f"<figure class='table-block'><div class='table-wrapper'><table><tr><td>Ferry</td><td>Minutes</td></tr>"
            f"</table>{rest}</div></figure></div></article></body></html>")
    text = extract(Capture(url="https://news.test/ferries", html=html)).text
    assert text.startswith(lead) and "Page 5 of the story" in text


def test_an_accordion_s_collapsed_panels_are_read_but_a_folded_menu_is_not():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    answer = "The ferry runs every hour from the north quay, and a ticket costs four euros for adults."
    guide = "Buy a pass if you cross more than twice a week: it pays for itself by the second week."
    html = (f"<html><body><header><button aria-expanded='false' aria-controls='menu'>Menu</button>"
            f"<div id='menu' class='collapse' hidden><p>Tide tables, harbor webcams and the ferry timetable "
            f"for this week and next.</p></div></header>"
            f"<article><h1>Council vote</h1>{story}"
            f"<h3><button aria-expanded='false' id='q1'>When does the ferry run?</button></h3>"
            f"<div role='region' aria-labelledby='q1' hidden><p>{answer}</p></div>"
            f"<h3>Buying advice</h3><div class='collapsible-section-text' style='display: none'><p>{guide}</p></div>"
            f"<div style='display:none' class='modal-notice'><p>You have read three free articles this month, "
            f"subscribe to read on without limits.</p></div>"
            f"</article></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert answer in text and guide in text
    assert "Tide tables" not in text and "free articles" not in text


def test_dates_from_a_site_s_own_meta_tag_or_labelled_anywhere_on_the_page():
    page = _page_with("<meta name='w-published-date' content='2025-05-27T06:03:43Z'>", "")
    assert extract(Capture(url="https://news.test/a", html=page)).published.startswith("2025-05-27")
    far = "<p>x</p>" * 300  # beyond the text near the headline
    late = _page_with("", "", far + "<div class='meta'><span>Posted on April 13, 2023</span></div>")
    assert extract(Capture(url="https://news.test/a", html=late)).published == "2023-04-13"
    unlabelled = _page_with("", "", far + "<div class='meta'><span>April 13, 2023</span></div>")
    assert extract(Capture(url="https://news.test/a", html=unlabelled)).published == ""


def test_a_team_byline_gives_way_to_the_person_and_an_author_box_far_below_counts():
    team = _page_with("<meta name='author' content='Everfit Team'>",
                      "<p class='post-author'><span>Liza Burke</span><span>Marketing Director</span></p>")
    assert extract(Capture(url="https://news.test/a", html=team)).byline == "Liza Burke"
    box = _page_with("", "", "<p>x</p>" * 300 + "<div class='box'><h3>Written by Cassidy Horton</h3></div>")
    assert extract(Capture(url="https://news.test/a", html=box)).byline == "Cassidy Horton"
    two = _page_with("", "<p class='byline'>By <a href='/a'>Ana Lima</a>, <a href='/b'>Bo Chen</a></p>")
    assert extract(Capture(url="https://news.test/a", html=two)).byline == "Ana Lima and Bo Chen"


def test_paragraphs_of_zero_width_characters_are_not_text():
    body = "".join(f"<p>{p}</p><p>\u200d</p>" for p in BODY.split("\n\n"))
    html = f"<html><body><article><p>Z\u200cW stays inside words.</p>{body}</article></body></html>"
    text = extract(Capture(url="https://news.test/a", html=html)).text
    assert text == "Z\u200cW stays inside words.\n\n" + BODY


def test_figure_captions_and_credits_are_kept_apart_from_the_text():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    figure = ("<figure><img src='/img/vote.jpg' alt=''><figcaption>Council members vote on the budget. "
              "<span class='credit'>Photo: Ana Ruiz</span></figcaption></figure>")
    html = (f"<html><body><nav><figure><figcaption>Logo</figcaption></figure></nav>"
            f"<article>{figure}{story}</article></body></html>")
    article = extract(Capture(url="https://news.test/2024/vote", html=html))
    assert article.text == BODY
    [fig] = article.figures
    assert (fig.caption, fig.credit, fig.image) == ("Council members vote on the budget.", "Photo: Ana Ruiz",
                                                    "https://news.test/img/vote.jpg")
    assert Article.from_dict(article.to_dict()).figures == article.figures


def test_a_page_of_utf8_read_as_latin1_or_windows1252_is_read_again():
    story = BODY + "\n\nThe investor’s café said “no” to the plan."
    # As a browser shows it: Windows-1252 where it defines the byte, the byte's code point elsewhere.
    windows_1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}
    for wrong in ("latin-1", "windows-1252"):
        garbled = page_from_text(story, "The investor’s guide").encode("utf-8").decode("latin-1")
        if wrong == "windows-1252":
            garbled = garbled.translate(windows_1252)
        article = extract(Capture(url="https://news.test/guide", html=garbled))
        assert article.title == "The investor’s guide"
        assert article.text.endswith("The investor’s café said “no” to the plan.")
    # A page really written in Latin-1 stays as it is: its bytes are not UTF-8.
    latin = page_from_text(BODY + "\n\nLe café était fermé à midi.", "Café")
    assert extract(Capture(url="https://news.test/cafe", html=latin)).text.endswith("Le café était fermé à midi.")


def test_a_navigation_left_open_around_the_whole_article_is_not_furniture():
    # readability keeps the lead alone; its pick is checked against the page's paragraphs, which an
    # unclosed nav had all swallowed.
    lead = ("The council, after a long night of debate, voted to pass the budget, which funds schools, roads, "
            "parks, and the new library, and which its critics, in turn, called reckless, costly, and late.")
    rest = [f"Point {i}: the budget also sets aside money for item number {i} on the city's list of repairs."
            for i in range(8)]
    sections = f"<div class='lead'><p>{lead}</p></div>" + "".join(f"<section><div><p>{s}</p></div></section>"
                                                                   for s in rest)
    html = ("<html><body><header class='site-header'><nav class='main-navigation'><a href='/'>Home</a>"
            f"<article><h1>Council vote</h1>{sections}</article></nav></header></body></html>")  # never closed
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert lead in text and all(s in text for s in rest)
    # A real navigation bar stays out, even one with a sentence of prose in it.
    nav = "<nav><p>Browse every section of our newsroom, from world news to local sport.</p></nav>"
    page = page_from_text(BODY, "Council vote").replace("<article>", nav + "<article>")
    assert "Browse every section" not in extract(Capture(url="https://news.test/vote", html=page)).text


def test_a_headline_broken_by_a_line_break_keeps_its_space_and_is_not_shouted():
    page = page_from_text(BODY, "Top MBA Programs of 2025").replace(
        "<article><h1>Top MBA Programs of 2025</h1>",
        "<article><h1>Top MBA Programs of 2025<br>Your Guide to Schools</h1>")
    assert extract(Capture(url="https://news.test/mba", html=page)).title == \
        "Top MBA Programs of 2025 Your Guide to Schools"
    shouted = page_from_text(BODY, "Weekend Coding Agent").replace(
        "<article><h1>Weekend Coding Agent</h1>", "<article><h1>WEEKEND<br>CODING<br><span>AGENT</span></h1>")
    assert extract(Capture(url="https://news.test/agent", html=shouted)).title == "Weekend Coding Agent"
    # A shouted h1 that only shares some words with the page's title is its label: the title is the page's.
    label = page_from_text(BODY, "Pier Sale: What the Council Decided").replace(
        "<article><h1>Pier Sale: What the Council Decided</h1>", "<article><h1>SELLING THE PIER</h1>")
    assert extract(Capture(url="https://news.test/pier", html=label)).title == "Pier Sale: What the Council Decided"


def test_a_span_a_utility_class_sets_as_a_block_keeps_its_words_apart():
    page = page_from_text(BODY, "Best Ferry Routes").replace(
        "<article><h1>Best Ferry Routes</h1>",
        '<article><h1>Best Ferry Routes<span class="block text-sm">Top Harbor Crossings</span></h1>')
    assert extract(Capture(url="https://news.test/routes", html=page)).title == "Best Ferry Routes Top Harbor Crossings"
    glued = page_from_text(BODY, "Best Ferry Routes").replace(
        "<article><h1>Best Ferry Routes</h1>", '<article><h1>Best Ferry <span class="blocked">Rou</span>tes</h1>')
    assert extract(Capture(url="https://news.test/routes", html=glued)).title == "Best Ferry Routes"


def test_a_description_set_in_the_h1_is_no_headline():
    dek = ("Learn what the council decided about the pier on Monday night? Read our summary of the vote, the "
           "arguments on both sides and what the sale means for the harbor and for everyone who uses it.")
    page = page_from_text(BODY, "Council votes to sell the pier").replace(
        "<article><h1>Council votes to sell the pier</h1>", f"<article><h1>{dek}</h1>")
    assert extract(Capture(url="https://news.test/pier", html=page)).title == "Council votes to sell the pier"


def test_an_article_the_page_repeats_for_other_layouts_is_read_once():
    story = "".join(f"<p>Paragraph {i} tells the story of the council budget in considerable detail for readers.</p>"
                    for i in range(8))
    html = ("<html><body><nav><a href='/'>Home</a><a href='/about'>About us</a></nav>"
            f"<div class='layout-wide'><article>{story}</article></div><div class='layout-narrow'>{story}</div>"
            f"<div class='layout-print'>{story}</div><footer><p>Copyright notice of the site that nobody "
            "should ever read as article text.</p></footer></body></html>")
    a = extract(Capture(url="https://news.test/repeated", html=html))
    assert [t.split()[1] for t in a.paragraph_texts()] == [str(i) for i in range(8)]


def test_a_body_holding_its_article_twice_keeps_one_copy_but_a_writers_repeated_line_stays():
    story = "".join(f"<p>Paragraph {i} tells the story of the council budget in considerable detail for readers.</p>"
                    for i in range(6))
    html = (f"<html><body><div class='post'><div class='desktop'>{story}</div><div class='mobile'>{story}</div>"
            "</div></body></html>")
    a = extract(Capture(url="https://news.test/twice", html=html))
    assert [t.split()[1] for t in a.paragraph_texts()] == [str(i) for i in range(6)]
    assert a.html.count("Paragraph 0 ") == 1
    plan = "".join(f"<h2>Week {i}</h2><p>Warm up: ten minutes of easy jogging, then five minutes of drills.</p>"
                   + "".join(f"<p>Week {i}, day {d}: intervals at race pace with a long recovery between each of "
                             f"them, then an easy cool down.</p>" for d in range(3))
                   for i in range(6))
    a = extract(Capture(url="https://news.test/plan", html=f"<html><body><article>{plan}</article></body></html>"))
    assert a.text.count("Warm up: ten minutes") == 6


def _section(i: int, more: int = 0, inner: str | None = None) -> str:
    """A section of a page builder's layout: four paragraphs (and `more` longer ones first), or `inner`."""
    longer = "".join(f"<p>Section {i}, more: the vote came after a long night of debate on the harbor and the wall, "
                     f"number {n}.</p>" for n in range(more))
    paragraphs = "".join(f"<p>Section {i}, paragraph {n}: the council weighed the harbor budget, the ferry "
                         f"timetable and the new flood wall before its vote on Tuesday night.</p>" for n in range(4))
    return (f"<div class='block text'><div class='text'><section class='web-html'><div class='html'>"
            f"{longer + paragraphs if inner is None else inner}</div></section></div></div>")


def _blocks_text(sections: str) -> str:
    """The text extracted from a page whose body is laid out in the given sections."""
    html = f"<html><body><h1>Council vote</h1><div class='blocks'>{sections}</div></body></html>"
    return extract(Capture(url="https://news.test/vote", html=html)).text


def test_a_body_split_across_sections_of_one_kind_is_read_whole_in_order():
    # (With a list of links beside them, the sections' common container is no article.)
    links = "".join(f"<li><a href='/s{n}'>Another story about the harbor and its budget, number {n}</a></li>"
                    for n in range(12))
    text = _blocks_text(f"{_section(1)}<div class='block quote'><blockquote>We will build it.</blockquote></div>"
                        f"{_section(2, more=6)}{_section(3)}<ul class='more'>{links}</ul>")
    starts = [text.find(f"Section {i}, paragraph 0") for i in (1, 2, 3)]
    assert -1 not in starts and starts == sorted(starts) and "Another story" not in text


def test_a_section_before_the_body_holding_the_headline_is_its_head_and_one_after_is_the_next_article():
    head = ("<h1>Council vote</h1><p>Section 0: the council voted on the harbor budget on Tuesday night, after "
            "a debate that ran past midnight.</p><p>Section 0 again: the ferry timetable and the wall were the "
            "two questions that kept members there.</p>")
    following = ("<h1>Ferry fares rise</h1><p>Next story: the ferry company raised its fares for the winter on "
                 "Wednesday, citing the price of fuel.</p><p>Next story again: riders who buy a season ticket "
                 "before December keep the old fare.</p>")
    text = _blocks_text(f"{_section(0, inner=head)}{_section(1)}{_section(2, more=6)}{_section(3, inner=following)}")
    assert "Section 0: the council voted" in text and "Section 0 again" in text
    assert "Next story" not in text


def test_a_section_whose_heading_links_out_is_read_but_a_teaser_linking_to_the_site_is_not():
    brand = ("<h3><a href='https://ferrymaker.example/'>Ferrymaker</a></h3><p>Section 3 names a maker: its boats "
             "carry two hundred riders and run on batteries charged at the quay overnight.</p>")
    teaser = ("<h3><a href='https://news.test/ferry-fares'>Ferry fares rise again</a></h3><p>Teaser: the "
              "ferry company raised its fares for the winter, citing the price of fuel and wages. Riders who "
              "buy a season ticket before December keep the old fare.</p>")
    text = _blocks_text(f"{_section(1)}{_section(2, more=6)}{_section(3, inner=brand)}{_section(4, inner=teaser)}")
    assert "Section 3 names a maker" in text and "Teaser" not in text


def test_a_section_making_its_points_as_a_list_is_read_with_the_others():
    points = "".join(f"<li><strong>Point {n}:</strong> the ferry must run on time through the winter, with a spare "
                     f"boat kept ready in the harbor.</li>" for n in range(8))
    listed = ("<p>Section 3 opens: the council set out what the new harbor plan must do before its vote on "
              f"Tuesday.</p><ul>{points}</ul><p>Section 3 ends: members will meet again in the spring.</p>")
    text = _blocks_text(f"{_section(1)}{_section(2, more=6)}{_section(3, inner=listed)}")
    assert "Section 3 opens" in text and "Point 7:" in text and "Section 3 ends" in text


def test_the_articles_questions_and_answers_after_it_are_read_with_it():
    body = "".join(f"<p>Paragraph {n}: the council weighed the harbor budget, the ferry timetable and the new "
                   f"flood wall before its vote on Tuesday night.</p>" for n in range(8))
    answers = ("<details><summary>When does the ferry run?</summary><p>Every hour from six in the morning, and "
               "every half hour at the weekend in summer.</p></details>"
               "<details><summary>Who pays for the wall?</summary><p>The harbor board pays two thirds and the "
               "town the rest, over ten years.</p></details>")
    teasers = "".join(f"<li><a href='/s{n}'>Another story about the harbor, number {n}</a></li>" for n in range(8))
    for questions in (f"<section class='post-faq'>{answers}</section>",
                      f"<div class='box'><h2>Frequently Asked Questions</h2>{answers}</div>"):
        html = (f"<html><body><h1>Council vote</h1><div class='page'><div class='post-body'>{body}</div>"
                f"{questions}<ul class='more'>{teasers}</ul></div></body></html>")
        text = extract(Capture(url="https://news.test/vote", html=html)).text
        assert text.index("Paragraph 7") < text.index("Who pays for the wall?") < text.index("over ten years")
        assert "Another story" not in text


def test_a_section_beside_readabilitys_pick_and_of_its_kind_is_read_with_it():
    # Key takeaways in a box of the body's own kind, right before it: scored too low for readability.
    intro = ("<div class='rich-text'><p>Key takeaways from the council's long night of debate on the harbor "
             "budget:</p><ul><li>Start with the ferry timetable and the fares.</li><li>The harbor board meets again "
             "in May.</li></ul><p>Read on for the whole story of the vote and what it means for the town.</p></div>")
    body = "".join(f"<p>Paragraph {n}: the council weighed the harbor budget, the ferry timetable and the new flood "
                   f"wall, and its vote came late on Tuesday night.</p>" for n in range(30))
    html = (f"<html><body><h1>Council vote</h1><div class='post'>{intro}<div class='cta'><a href='/app'>Get the "
            f"app</a></div><div class='rich-text'>{body}</div></div></body></html>")
    text = extract(Capture(url="https://news.test/vote", html=html)).text
    assert text.startswith("Key takeaways") and text.index("The harbor board meets") < text.index("Paragraph 0")
    assert "Get the app" not in text


def test_the_element_named_as_the_body_is_read_whole_when_readability_keeps_a_part_of_it():
    # readability keeps the schedule; the text after it, in plain divs, scores nothing.
    dates = "".join(f"<div>May {n} at noon, Harbor Hall room 2, with the harbor master, Ada Quist</div>"
                    for n in range(1, 9))
    about = ("<div>Over eight weeks, the harbor school teaches the basics of sailing: knots, tides and the rules of "
             "the channel. No experience is needed, and all ages are welcome. Bring a life jacket if you have one; "
             "the school lends them to those who do not. Each meeting ends with an hour on the water.</div>"
             "<div>Ada Quist has sailed the Fenwick channel for twenty years. Before she ran the harbor, she taught "
             "at the sailing club and crewed on the ferry, and she still races every summer.</div>")
    for body in ("<div class='field field-name-body'>", "<div id='post-body'>"):
        html = (f"<html><body><h1>Sailing school</h1>{body}<div class='field-item'>"
                f"<div><p><strong>Schedule</strong></p><div>{dates}</div></div>{about}</div></div>"
                "<div class='more'><a href='/a'>More from the harbor</a></div></body></html>")
        text = extract(Capture(url="https://news.test/sail", html=html)).text
        assert "May 8 at noon" in text and "Over eight weeks" in text and text.endswith("races every summer.")


def test_a_table_of_contents_linking_the_article_s_own_parts_does_not_make_its_body_a_menu():
    # readability keeps the steps; the body's element around them holds their list of supplies and a
    # table of contents, whose links lead to the article's own steps: no menu, and not read either.
    contents = "".join(f"<li><a href='#step{n}'>Step {n}: strip, scrape and wipe the old dresser</a></li>"
                       for n in range(1, 7))
    supplies = "".join(f"<li>Supply {n}: a chip brush, a plastic scraper and a pair of rubber gloves</li>"
                       for n in range(1, 9))
    steps = "".join(f"<p id='step{n}'>Step {n}: brush the stripper on thickly, wait half an hour, then scrape the "
                    f"old paint off with the grain of the wood and wipe the residue away with mineral spirits.</p>"
                    for n in range(1, 7))
    html = (f"<html><body><h1>Refinishing a dresser</h1><div class='entry-content'><ul>{contents}</ul>"
            f"<h4>What you need</h4><ul>{supplies}</ul><div class='group'><div class='inner'>{steps}</div></div>"
            "</div><div class='more'><a href='/a'>More projects</a></div></body></html>")
    text = extract(Capture(url="https://news.test/dresser", html=html)).text
    assert "Supply 8: a chip brush" in text and "Step 6: brush the stripper" in text
    assert "strip, scrape and wipe" not in text


def test_furniture_is_told_by_its_share_of_the_whole_article_not_of_the_section_holding_it():
    # The last section is mostly its author box: still furniture, a small part of the article.
    box = "".join(f"<p>About the author, part {n}: Ada writes on harbors, budgets and flood walls for the "
                  f"Courier and lives by the sea with two cats.</p>" for n in range(6))
    paragraphs = "".join(f"<p>Section 3, paragraph {n}: the council weighed the ferry timetable.</p>" for n in range(2))
    text = _blocks_text(f"{_section(1)}{_section(2, more=6)}"
                        f"{_section(3, inner=paragraphs + f'<div class=author-box>{box}</div>')}")
    assert "Section 3, paragraph 1" in text and "About the author" not in text


def test_teasers_laid_out_like_the_article_s_sections_are_not_read():
    teasers = "".join(f"<h3><a href='/story{n}'>Another story number {n} about the harbor</a></h3><p>A teaser for "
                      f"story {n} that runs on about the ferry timetable and the flood wall, to draw readers to a page "
                      f"of its own where the rest of the story about the harbor waits.</p>"
                      for n in range(3))
    text = _blocks_text(f"{_section(1, more=6)}{_section(2)}{_section(3, inner=teasers)}")
    assert "Section 2, paragraph 3" in text and "teaser" not in text


def test_a_section_whose_sentences_link_other_pages_is_read_but_a_section_of_teaser_links_is_not():
    linked = "".join(f"<p>Paragraph {n}: the council, as <a href='/guide{n}'>our guide to the harbor and its ferry "
                     f"fares explains</a>, also <a href='/wall{n}'>voted on the long flood wall along the quay</a> "
                     f"and on the budget for the year ahead, after a long night of debate.</p>" for n in range(3))
    teasers = "".join(f"<p><a href='/story{n}'>Another story number {n} about the harbor and the ferry</a></p>"
                      f"<p><a href='/more{n}'>And one more story number {n} about the flood wall</a></p>"
                      for n in range(3))
    text = _blocks_text(f"{_section(1, more=6)}{_section(2, inner=linked)}{_section(3, inner=teasers)}")
    assert "Paragraph 2: the council" in text and "Another story" not in text


def _picks_page(linked: bool) -> str:
    sections = ""
    for i in range(6):
        items = "".join(f"<li><a href='/p{i}{n}'>Pick {i}.{n}: a sturdy steel frame and a long warranty</a></li>"
                        if linked else f"<li>Pick {i}.{n}: a sturdy steel frame and a long warranty</li>"
                        for n in range(5))
        sections += (f"<div class='sec'><div class='inner'><h2>Choice {i}</h2><p>Choice {i} is the bike we rode most "
                     f"this year, over gravel, through rain and up the long hills north of town.</p></div>"
                     f"<ul>{items}</ul></div>")
    return f"<html><body><h1>Best bikes</h1><div class='all'>{sections}</div></body></html>"


def test_a_recovered_article_keeps_its_own_lists_but_not_lists_of_links():
    # Readability keeps one section; the page's paragraphs are recovered with what lies between them.
    text = extract(Capture(url="https://news.test/bikes", html=_picks_page(linked=False))).text
    assert "Choice 0 is" in text and "Choice 5 is" in text and "Pick 3.4" in text
    text = extract(Capture(url="https://news.test/bikes", html=_picks_page(linked=True))).text
    assert "Choice 5 is" in text and "Pick" not in text


def _two_part_page(linked: bool) -> str:
    first = "".join(f"<p>Part one, paragraph {n}: the ferry ran late again on Monday, and the council met to ask "
                    f"why it keeps failing.</p>" for n in range(6))
    second = "".join(f"<p>Part two, paragraph {n}: members read "
                     + (f"<a href='/x{n}'>the ferry timetable and the harbor budget for the year {n}</a>" if linked
                        else f"the ferry timetable and the harbor budget for the year {n}")
                     + " aloud.</p>" for n in range(4))
    return (f"<html><body><h1>Ferry</h1><div class='body'><div class='x'><div class='a'>{first}</div></div>"
            f"<div class='y'><div class='z'><div class='b'>{second}</div></div></div></div></body></html>")


def test_an_article_readability_keeps_only_part_of_is_read_whole_when_the_rest_is_not_links():
    text = extract(Capture(url="https://news.test/ferry", html=_two_part_page(linked=False))).text
    assert "Part one, paragraph 5" in text and "Part two, paragraph 3" in text
    text = extract(Capture(url="https://news.test/ferry", html=_two_part_page(linked=True))).text
    assert "Part one, paragraph 5" in text and "Part two" not in text


def test_a_caption_marked_by_its_class_outside_figure_is_the_figure_s_not_the_body_s():
    story = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    for caption in ("<div class='imageBlock'><img src='/a.jpg'><div class='imageBlock_caption'><p>The harbor "
                    "at dawn, said to be calm.</p></div></div>",
                    "<div class='wp-caption'><img src='/a.jpg'><p class='wp-caption-text'>The harbor at dawn, "
                    "said to be calm.</p></div>"):
        html = f"<html><body><article><h1>Council vote</h1>{story}{caption}{story}</article></body></html>"
        article = extract(Capture(url="https://news.test/vote", html=html))
        assert "dawn" not in article.text
        assert [(f.caption, f.image) for f in article.figures] == [
            ("The harbor at dawn, said to be calm.", "https://news.test/a.jpg")]


def test_paragraphs_inside_furniture_are_told_apart_from_their_neighbours_sharing_ancestors():
    from lxml import html as lxml_html

    from newsdigest.extract import _paragraph_elements

    prose = "This paragraph is long enough to count as the prose of a page, number {}."
    page = lxml_html.document_fromstring(
        "<html><body><div><div>"
        f"<nav><div><p>{prose.format(1)}</p></div></nav>"
        f"<div><p>{prose.format(2)}</p></div>"
        f"<aside><div><div><p>{prose.format(3)}</p></div></div></aside>"
        f"<p>{prose.format(4)}</p>"
        f"<div id='comments'><p>{prose.format(5)}</p></div>"
        f"<div hidden><p>{prose.format(6)}</p></div>"
        "</div></div></body></html>")
    numbers = [text[-2] for _, text in _paragraph_elements(page)]
    assert numbers == ["2", "4"]
    assert [text[-2] for _, text in _paragraph_elements(page, keep_hidden=True)] == ["2", "4", "6"]


def test_a_date_shown_as_an_update_gives_way_to_the_declared_publication_date():
    declared = "<meta property='article:published_time' content='2015-05-12T08:00:00Z'>"

    def page(shown: str) -> str:
        return page_from_text(BODY, "x", extra_head=declared).replace(
            "<article><h1>x</h1>", f"<article><h1>How rates work</h1><p class='meta'>{shown}</p>")

    updated = extract(Capture(url="https://news.test/rates", html=page("Updated Jan 25, 2026 · 5 min read")))
    assert updated.published.startswith("2015-05-12")
    # A date shown with no label is the one the reader is told: it stays.
    shown = extract(Capture(url="https://news.test/rates", html=page("Jan 25, 2026 · 5 min read")))
    assert shown.published == "2026-01-25"


def test_the_published_html_leaves_the_headline_to_the_metadata_and_keeps_the_article_s_headings():
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (f"<html><body><article><h1>Council <em>votes</em> to sell the pier</h1>{paragraphs}"
            "<h1>What comes next</h1><p>The sale closes in June, the mayor said on Friday.</p></article></body></html>")
    article = extract(Capture(url="https://news.test/pier", html=html))
    assert article.title == "Council votes to sell the pier"
    assert article.html.startswith("<p>Paragraph 0") and "Council votes" not in article.html
    assert "<h2>What comes next</h2>" in article.html
    # A leading heading that holds paragraphs (as one the fuzzer made did) is compared too, not a crash.
    assert _published_html("<h2><p>Harbor</p><p>news</p></h2><p>The pier is sold.</p>", "Harbor news") \
        == "<p>The pier is sold.</p>"


def test_a_line_linking_another_article_under_a_label_is_not_read_and_an_author_box_link_is_no_name():
    paragraphs = BODY.split("\n\n")
    teaser = "<p>Also read: <a href='/other'>The mayor's budget, explained in ten charts for busy readers</a></p>"
    own = "<p>Read more about the vote in the minutes, which the council publishes every Friday afternoon.</p>"
    author = ("<div class='author'><a href='/jo'>Jo Park</a> <a href='/jo/profile'>View Full Profile</a></div>")
    html = (f"<html><body><article><h1>Council vote</h1>{author}{''.join(f'<p>{p}</p>' for p in paragraphs[:3])}"
            f"{teaser}{own}{''.join(f'<p>{p}</p>' for p in paragraphs[3:])}</article></body></html>")
    article = extract(Capture(url="https://news.test/vote", html=html))
    assert "Also read" not in article.text and "ten charts" not in article.text
    assert "Read more about the vote in the minutes" in article.text
    assert article.byline == "Jo Park"
    # An author box named as one (with an underscore for the hyphen) is no article text.
    box = ("<div class='author_detail_box'><h3>Jo Park</h3><p>Executive editor. Technology journalist since "
           "2008, with stints at two other magazines.</p></div>")
    html = html.replace("</article>", f"{box}</article>")
    assert "Technology journalist" not in extract(Capture(url="https://news.test/vote", html=html)).text


def test_a_button_inside_a_sentence_is_read_as_its_words_but_a_control_is_not():
    paragraphs = BODY.split("\n\n")
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    quote = ("<p>“The harbor will flood again,” said port professor<button class='sidenote-button' "
             "title='Ada Quist,'>Ada Quist,</button> the director of the harbor lab.</p>"
             "<p><button class='share'>Share</button> <button>Print</button></p>")
    article = extract(Capture(url="https://news.test/vote",
                              html=f"<html><body><article><h1>Council vote</h1>{story}{quote}</article></body></html>"))
    assert "said port professor Ada Quist, the director of the harbor lab." in article.text
    assert "said port professor Ada Quist, the director" in " ".join(article.html.split())
    assert "Share" not in article.text and "Print" not in article.text


# Whitespace of every kind readability's measure treats apart: newlines, tabs, spaces, other spaces.
_SPACED_TEXT = st.lists(st.sampled_from(["word", " ", "  ", "\n", "\t", "\xa0", "\r", " \n ", "\u2003", "\xa0 " * 128]),
                        max_size=400).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SPACED_TEXT)
@example("a \tb")
@example("word" + "\xa0 " * 128 + "word")
def test_text_length_counts_as_readability_does(text):
    """Our faster measure of an element's text is readability's own (its link density decides the pick)."""
    from lxml import html as lxml_html
    from readability.readability import text_length as readability_length

    from newsdigest.extract import text_length

    element = lxml_html.fragment_fromstring("<div></div>")
    element.text = text
    assert text_length(element) == readability_length(element)
