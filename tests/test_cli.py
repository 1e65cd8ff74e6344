import json

from click.testing import CliRunner

from newsdigest.cli import main

from .conftest import page_from_text


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_clip_list_show_reprocess_export(tmp_path, seed_page):
    page = tmp_path / "page.html"
    page.write_text(seed_page, encoding="utf-8")
    r = run("clip", str(page), "--url", "https://news.test/kyiv", "--tag", "ukraine")
    assert r.exit_code == 0, r.output
    assert "article 1" in r.output
    assert "Zelensky refuses" in run("list").output
    md = run("show", "1").output
    assert md.startswith("# Zelensky refuses to leave Kyiv") and "Adam Schiff" in md
    data = json.loads(run("show", "1", "--format", "json").output)
    assert data["tags"] == ["ukraine"] and data["annotations"]["quotes"]
    r = run("reprocess", "--all")
    assert r.exit_code == 0 and "reprocessed 1" in r.output
    lines = run("export", "--jsonl").output.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["id"] == 1


def test_clip_failure_keeps_the_capture_and_says_why(tmp_path):
    page = tmp_path / "doc.pdf.html"
    page.write_bytes(b"%PDF-1.5 stuff")
    r = CliRunner().invoke(main, ["clip", str(page), "--url", "https://news.test/doc"])
    assert r.exit_code == 1 and "PDF" in r.output and "stored" in r.output
    r = CliRunner().invoke(main, ["reprocess", "--failed"])
    assert r.exit_code == 1 and "PDF" in r.output


def test_annotate_jsonl_contract():
    lines = "\n".join(json.dumps(x) for x in [
        {"id": "a", "text": "“We won,” said Coach Amy Ruiz."}, {"id": "b", "text": ""}, {"id": "c"}]) + "\nnot json\n"
    out = [json.loads(x) for x in run("annotate", "--jsonl", input=lines).output.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    assert out[0]["quotes"][0]["speaker"]["name"] == "Amy Ruiz"
    assert out[1]["quotes"] == [] and "error" in out[2] and "error" in out[3]


def test_extract_jsonl_contract():
    page = page_from_text("A long enough paragraph about the harbor project and its cost overruns.", "Harbor")
    shell = ("<html><head><title>Harbor plan</title><meta name='author' content='Jo Park'></head>"
             "<body><div id='app'></div></body></html>")  # a page its scripts have not rendered
    lines = json.dumps({"id": 7, "url": "https://news.test/h", "html": page}) + "\n" + \
        json.dumps({"id": 8, "url": "https://news.test/x", "html": "%PDF"}) + "\n" + \
        json.dumps({"id": 9, "url": "https://news.test/2024/03/05/plan", "html": shell}) + "\n"
    out = [json.loads(x) for x in run("extract", "--jsonl", input=lines).output.splitlines()]
    assert out[0]["id"] == 7 and out[0]["title"] == "Harbor" and "harbor project" in out[0]["text"]
    assert out[1]["id"] == 8 and out[1]["text"] == "" and "PDF" in out[1]["error"]
    assert out[2]["text"] == "" and "no article text" in out[2]["error"]
    assert (out[2]["title"], out[2]["byline"], out[2]["published"]) == ("Harbor plan", "Jo Park", "2024-03-05")


def test_token_is_stable_until_rotated(home):
    first = run("token").output.strip()
    assert len(first) >= 32 and run("token").output.strip() == first
    assert (home / "token").stat().st_mode & 0o077 == 0
    rotated = run("token", "--rotate").output.strip()
    assert rotated != first and run("token").output.strip() == rotated
