"""The browser extension end to end: Debian's Chromium with the unpacked extension, a news page
served on loopback, and the real newsdigest server."""

from __future__ import annotations

import json
import re
import tempfile
import threading
import urllib.request
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .browser import CHROMIUM_ARGS, chromium_path, screenshot, watch
from .test_server import free_port, start, stop

EXTENSION = Path(__file__).resolve().parent.parent / "extension"

NEWS_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Loopback Times</title>
<meta property="og:site_name" content="Loopback Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article id="story"><h1>{title}</h1>
<p>The harbor bridge will close for two months next spring for repairs, according to a city official.</p>
<p>“We have waited ten years for this money,” said Mayor Lena Park, who announced the plan on Monday.</p>
<p>“The ferries will run every twenty minutes while the bridge is shut,” Park said.</p>
</article>
<script>
  // Content that only exists once the page's script has run: a clipper that re-fetched the URL
  // would never see it.
  document.addEventListener("DOMContentLoaded", () => {{
    const p = document.createElement("p");
    p.textContent = "\\u201cOnly the script adds this sentence,\\u201d said Dana Ortiz, a council member.";
    document.getElementById("story").appendChild(p);
  }});
</script></body></html>"""


class _Pages(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def news_site(tmp_path: Path):
    root = tmp_path / "news"
    root.mkdir()
    (root / "bridge.html").write_text(NEWS_PAGE.format(title="Harbor bridge to close"), encoding="utf-8")
    (root / "ferry.html").write_text(NEWS_PAGE.format(title="Ferries to run all night"), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Pages, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def service(home: Path):
    port = free_port()
    proc = start(home, port)
    state = {"proc": proc, "port": port, "token": (home / "token").read_text().strip()}
    yield state
    stop(state["proc"])


@pytest.fixture
def chromium():
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=path, headless=True, viewport={"width": 1100, "height": 900},
            args=[*CHROMIUM_ARGS, f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}"],
        )
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        yield context, worker
        context.close()


def api(service: dict, path: str) -> dict:
    req = urllib.request.Request(f"http://127.0.0.1:{service['port']}{path}",
                                 headers={"Authorization": f"Bearer {service['token']}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def tab_id(worker, url: str) -> int:
    return worker.evaluate("async (url) => (await chrome.tabs.query({url})).map(t => t.id)[0]", url)


def pair(context, extension_id: str, service: dict, token: str) -> str:
    page = context.new_page()
    page.goto(f"chrome-extension://{extension_id}/options.html")
    page.fill("#service", f"127.0.0.1:{service['port']}")
    page.fill("#token", token)
    page.click("#test")
    # The extension's pages forbid eval, so wait with Playwright's own assertions.
    expect(page.locator("#result")).to_have_text(re.compile(r"^(?!Testing).{10,}"))
    message = page.inner_text("#result")
    return message, page


def test_pair_clip_popup_annotate_and_queue(chromium, service, news_site, home):
    context, worker = chromium
    extension_id = worker.url.split("/")[2]

    # Pairing says exactly what is wrong, then connects.
    message, options = pair(context, extension_id, service, "not-the-token")
    assert "token is wrong" in message
    message, options = pair(context, extension_id, service, service["token"])
    assert message.startswith("Connected to newsdigest"), message
    screenshot(options, "extension-options.png")

    # Clip a page as rendered, through the extension's own code (what the toolbar button calls).
    page = context.new_page()
    log = watch(page)
    page.goto(f"{news_site}/bridge.html")
    page.wait_for_selector("text=Only the script adds this sentence")
    tab = tab_id(worker, f"{news_site}/bridge.html")
    outcome = worker.evaluate("(tab) => newsdigest.clipTab({id: tab})", tab)
    assert outcome["status"] == "done", outcome
    speakers = {q["speaker"] for q in outcome["summary"]["quotes"]}
    assert {"Lena Park", "Dana Ortiz"} <= speakers
    stored = api(service, "/api/articles?url=" + urllib.request.quote(f"{news_site}/bridge.html", safe=""))
    article = api(service, f"/api/articles/{stored['items'][0]['id']}")
    assert "Only the script adds this sentence" in article["text"]
    badge = worker.evaluate("(tab) => chrome.action.getBadgeText({tabId: tab})", tab)
    assert badge == str(outcome["summary"]["counts"]["quotes"])

    # The popup shows the result; the page is marked as already clipped.
    popup = context.new_page()
    popup.set_viewport_size({"width": 400, "height": 800})
    popup.goto(f"chrome-extension://{extension_id}/popup.html?tab={tab}")
    popup.wait_for_selector("#result:not([hidden])")
    assert "Already clipped" in popup.inner_text("#status")
    assert "Lena Park" in popup.inner_text("#quotes")
    assert "a city official" in popup.inner_text("#sources")
    screenshot(popup, "extension-popup.png")

    # On-page annotations: the quotes are marked on the live page with their speakers.
    popup.check("#annotate")
    page.wait_for_selector("mark[data-newsdigest=quote]")
    labels = page.locator("span[data-newsdigest=label]").all_inner_texts()
    assert any("Lena Park" in label for label in labels)
    screenshot(page, "extension-on-page.png")
    popup.uncheck("#annotate")
    page.wait_for_function("!document.querySelector('mark[data-newsdigest]')")
    assert not log.dialogs

    # With the service stopped, a clip waits in the queue, and arrives when the service is back.
    stop(service["proc"])
    other = context.new_page()
    other.goto(f"{news_site}/ferry.html")
    other.wait_for_selector("text=Only the script adds this sentence")
    other_tab = tab_id(worker, f"{news_site}/ferry.html")
    outcome = worker.evaluate("(tab) => newsdigest.clipTab({id: tab})", other_tab)
    assert outcome["status"] == "queued", outcome
    assert worker.evaluate("(tab) => chrome.action.getBadgeText({tabId: tab})", other_tab) == "Q"
    waiting = worker.evaluate("() => newsdigest.waiting()")
    assert [w["url"] for w in waiting] == [f"{news_site}/ferry.html"]
    popup.goto(f"chrome-extension://{extension_id}/popup.html?tab={other_tab}")
    popup.wait_for_selector("#queue:not([hidden])")
    assert "Ferries to run all night" in popup.inner_text("#waiting")
    screenshot(popup, "extension-queue.png")

    service["proc"] = start(home, service["port"])
    sent = worker.evaluate("() => newsdigest.flushQueue(true)")
    assert sent == {"sent": 1, "waiting": 0}
    found = api(service, "/api/articles?url=" + urllib.request.quote(f"{news_site}/ferry.html", safe=""))
    assert found["total"] == 1
