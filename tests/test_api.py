import json

from .conftest import page_from_text

PAGE = page_from_text("“We are ready,” said Gov. Ann Lee, who spoke in Albany on Monday.\n\n"
                      "The state will hire 300 nurses next year, officials said.", "Nurses")


def clip(client, auth, **body):
    body.setdefault("url", "https://news.test/nurses")
    body.setdefault("html", PAGE)
    return client.post("/api/clips", json=body, headers=auth)


def test_clip_returns_article_and_annotations(client, auth):
    r = clip(client, auth, tags=["health"], note="check figures")
    assert r.status_code == 201, r.json
    body = r.json
    assert body["article"]["title"] == "Nurses"
    assert body["article"]["tags"] == ["health"]
    assert body["preview_url"].endswith(f"/articles/{body['article_id']}")
    quote = next(q for q in body["annotations"]["quotes"] if q["kind"] == "direct")
    assert quote["speaker"]["name"] == "Ann Lee"
    assert body["counts"]["quotes"] == len(body["annotations"]["quotes"])


def test_clip_validation_says_what_is_wrong(client, auth):
    r = client.post("/api/clips", json={"url": "https://x.test/"}, headers=auth)
    assert r.status_code == 400 and "html" in r.json["error"]
    r = client.post("/api/clips", json={"url": "ftp://x", "html": "<p>x</p>"}, headers=auth)
    assert r.status_code == 400 and "url" in r.json["error"]
    r = client.post("/api/clips", json=["x"], headers=auth)
    assert r.status_code == 400
    r = client.post("/api/clips", data="{not json", headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 400
    r = client.post("/api/clips", data=json.dumps({"url": "https://x.test", "html": "<p>x"}),
                    headers={**auth, "Content-Type": "text/plain"})
    assert r.status_code == 415
    r = clip(client, auth, tags="notalist")
    assert r.status_code == 400 and "tags" in r.json["error"]


def test_oversized_page_is_413(client, auth):
    r = clip(client, auth, html="<p>" + "x" * 2_100_000 + "</p>")
    assert r.status_code == 413 and "limit" in r.json["error"]


def test_unprocessable_page_is_422_and_capture_kept(client, auth):
    r = clip(client, auth, html="%PDF-1.4 ...")
    assert r.status_code == 422 and "PDF" in r.json["error"]
    status = client.get(f"/api/captures/{r.json['capture_id']}", headers=auth)
    assert status.json["status"] == "failed"


def test_token_is_required(client, auth):
    assert client.get("/api/articles").status_code == 401
    assert client.get("/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/articles", headers=auth).status_code == 200
    assert client.get("/api/health").status_code == 200


def test_non_loopback_host_is_refused(client, auth):
    r = client.get("/api/health", headers={"Host": "evil.test:7440"})
    assert r.status_code == 403
    assert client.get("/", headers={"Host": "rebind.evil.test"}).status_code == 403
    assert client.get("/api/health", headers={"Host": "localhost:7440"}).status_code == 200
    assert client.get("/api/health", headers={"Host": "[::1]:7440"}).status_code == 200


def test_cors_only_for_extensions(client, auth):
    ext = "chrome-extension://abcdefghijklmnop"
    r = client.options("/api/clips", headers={"Origin": ext, "Access-Control-Request-Method": "POST"})
    assert r.status_code == 204 and r.headers["Access-Control-Allow-Origin"] == ext
    r = client.post("/api/clips", json={"url": "https://x", "html": "x"},
                    headers={**auth, "Origin": "https://evil.test"})
    assert r.status_code == 403 and "Access-Control-Allow-Origin" not in r.headers


def test_list_get_delete(client, auth):
    article_id = clip(client, auth).json["article_id"]
    clip(client, auth, url="https://news.test/other",
         html=page_from_text("Snow closed schools in 12 counties on Tuesday, the state said.", "Snow"))
    items = client.get("/api/articles", headers=auth).json
    assert items["total"] == 2 and items["items"][0]["title"] == "Snow"
    assert client.get("/api/articles?url=https://news.test/nurses", headers=auth).json["total"] == 1
    assert client.get("/api/articles?q=snow", headers=auth).json["total"] == 1
    assert client.get("/api/articles?per_page=1&page=2", headers=auth).json["items"][0]["id"] == article_id
    assert client.get("/api/articles?page=0", headers=auth).status_code == 400
    full = client.get(f"/api/articles/{article_id}", headers=auth).json
    assert full["text"].startswith("“We are ready,”") and full["annotations"]["annotator_version"]
    assert client.delete(f"/api/articles/{article_id}", headers=auth).status_code == 204
    assert client.get(f"/api/articles/{article_id}", headers=auth).status_code == 404


def test_openapi_lists_every_api_route(app, client):
    doc = client.get("/api/openapi.json").json
    documented = {p.replace("{", "<").replace("}", ">") for p in doc["paths"]}
    routes = {str(r.rule).replace("<id:", "<") for r in app.url_map.iter_rules() if str(r.rule).startswith("/api/")}
    assert routes == documented


def test_preview_escapes_page_content(client, auth):
    hostile = page_from_text("<script>alert(1)</script> “<img src=x onerror=alert(2)>,” said Bob Smith.", "T<b>x</b>")
    article_id = clip(client, auth, html=hostile).json["article_id"]
    r = client.get(f"/articles/{article_id}")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "default-src 'none'" in r.headers["Content-Security-Policy"]


def test_preview_shows_quotes_with_speakers(client, auth):
    article_id = clip(client, auth).json["article_id"]
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert '<mark class="quote direct"' in page and '<span class="speaker">Ann Lee</span>' in page
    index = client.get("/").get_data(as_text=True)
    assert "Nurses" in index


def test_preview_and_api_show_a_hedged_claims_hedges(client, auth, seed_page):
    body = clip(client, auth, url="https://news.test/kyiv", html=seed_page).json
    claims = body["annotations"]["claims"]
    hit_teams = next(c for c in claims if "Russian hit teams might" in c["text"])
    assert hit_teams["key"] and hit_teams["hedges"] == ["might"]
    page = client.get(f"/articles/{body['article_id']}").get_data(as_text=True)
    assert 'Russian hit teams <em class="hedge" title="hedged: not stated as fact">might</em>' in page


def test_requests_from_web_pages_are_refused(client, auth):
    body = '{"url": "https://x.test/", "html": "<p>x</p>"}'
    # A simple cross-origin POST a web page can send without preflight: text/plain, with its Origin.
    r = client.post("/api/clips", data=body, headers={"Origin": "https://evil.test", "Content-Type": "text/plain"})
    assert r.status_code == 403 and "Access-Control-Allow-Origin" not in r.headers
    # A form post.
    r = client.post("/api/clips", data={"url": "https://x.test/"}, headers={"Origin": "null"})
    assert r.status_code == 403
    # No Origin (a tool), no token.
    r = client.post("/api/clips", data=body, headers={"Content-Type": "text/plain"})
    assert r.status_code == 401
    assert "test-token" not in r.get_data(as_text=True)


def test_only_the_paired_extension_may_use_the_token(client, auth, home):
    from newsdigest import config

    first, other = "chrome-extension://aaaaaaaaaaaaaaaa", "moz-extension://1234-5678"
    assert client.get("/api/articles", headers={**auth, "Origin": first}).status_code == 200
    assert client.get("/api/articles", headers={**auth, "Origin": first}).status_code == 200
    r = client.get("/api/articles", headers={**auth, "Origin": other})
    assert r.status_code == 403 and "paired with another extension" in r.json["error"]
    assert config.paired_origin(home) == first
    config.rotate_token(home)
    assert config.paired_origin(home) == ""


def test_a_rotated_token_takes_effect_without_restart(home):
    from newsdigest import config
    from newsdigest.web import create_app

    app = create_app({"DATA_DIR": str(home), "TESTING": True})
    client = app.test_client()
    old = config.read_or_create_token(home)
    assert client.get("/api/articles", headers={"Authorization": f"Bearer {old}"}).status_code == 200
    new = config.rotate_token(home)
    assert client.get("/api/articles", headers={"Authorization": f"Bearer {old}"}).status_code == 401
    assert client.get("/api/articles", headers={"Authorization": f"Bearer {new}"}).status_code == 200


def test_preview_quote_links_point_at_their_quotes(client, auth):
    import re

    # Reported speech first, so that a quotation's index among all quotes is not its place in the list.
    html = page_from_text("The bridge will close for two months next spring, according to a city official.\n\n"
                          "“We are ready,” said Gov. Ann Lee.", "Bridge")
    article_id = clip(client, auth, html=html).json["article_id"]
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    links = re.findall(r'<a href="#(q\d+)">([^<]+)</a>', page)
    assert links
    for anchor, text in links:
        assert re.search(rf'<mark class="quote [a-z]+" id="{anchor}">{re.escape(text)}</mark>', page), anchor
