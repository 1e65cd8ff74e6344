"""One page cannot hang or take down the service: processing runs in a child with a budget."""

from newsdigest import sandbox
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


def _dictionary_loaded(queue) -> None:
    from newsdigest.annotate import tokens

    queue.put(tokens._dictionary.cache_info().currsize)


def test_a_clips_child_starts_with_what_the_pipeline_loads_on_first_use_already_loaded():
    # (Loading the dictionary alone took a third of a second in every child: a clip's median round trip
    # fell from 240 to 81 ms once the fork server loaded it.)
    context = sandbox._context()
    queue = context.Queue()
    child = context.Process(target=_dictionary_loaded, args=(queue,))
    child.start()
    child.join(60)
    assert queue.get(timeout=10) == 1
