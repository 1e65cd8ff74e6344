"""One page cannot hang or take down the service: processing runs in a child with a budget."""

from newsdigest.sandbox import Budget

from .conftest import page_from_text

PAGE = page_from_text("“We are ready,” said Gov. Ann Lee.\n\nThe state will hire 300 nurses, officials said.", "N")


def clip(client, auth, **body):
    body.setdefault("url", "https://news.test/nurses")
    body.setdefault("html", PAGE)
    return client.post("/api/clips", json=body, headers=auth)


def test_processing_runs_in_a_child_and_stores_the_result(client, auth, app):
    assert app.config["PROCESS_BUDGET"] is not None
    r = clip(client, auth)
    assert r.status_code == 201
    assert r.json["annotations"]["quotes"][0]["speaker"]["name"] == "Ann Lee"


def test_a_page_over_the_time_budget_is_stopped_recorded_and_retryable(client, auth, app):
    app.config["PROCESS_BUDGET"] = Budget(seconds=0.001)
    r = clip(client, auth)
    assert r.status_code == 422 and "longer than" in r.json["error"]
    capture_id = r.json["capture_id"]
    assert client.get(f"/api/captures/{capture_id}", headers=auth).json["status"] == "failed"
    app.config["PROCESS_BUDGET"] = Budget()
    r = client.post(f"/api/captures/{capture_id}/reprocess", headers=auth)
    assert r.status_code == 200 and r.json["article_id"]


def test_a_page_over_the_memory_budget_fails_cleanly(client, auth, app):
    app.config["PROCESS_BUDGET"] = Budget(seconds=60, memory_bytes=64 * 1024**2)
    r = clip(client, auth, html=page_from_text("word " * 300_000, "Big"))
    assert r.status_code == 422
    assert "memory" in r.json["error"].lower() or "crashed" in r.json["error"]
    app.config["PROCESS_BUDGET"] = Budget()
    assert clip(client, auth).status_code == 201  # the service goes on
