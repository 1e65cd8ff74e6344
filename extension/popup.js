// The popup: the current page's clip result, and what waits in the queue.
import { loadSettings } from "./lib/settings.js";

const ext = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);

function ask(message) {
  return ext.runtime.sendMessage(message);
}

async function currentTab() {
  const asked = new URLSearchParams(location.search).get("tab"); // the tests open the popup as a page
  if (asked) return ext.tabs.get(Number(asked));
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function item(list, text, extra, className = "who") {
  const li = document.createElement("li");
  li.append(text);
  if (extra) {
    const span = document.createElement("span");
    span.className = className;
    span.textContent = extra;
    li.append(" ", span);
  }
  list.append(li);
}

function setStatus(text, kind = "") {
  $("status").textContent = text;
  $("status").className = kind;
}

function showResult(summary, earlier) {
  $("result").hidden = false;
  $("title").textContent = summary.title;
  const c = summary.counts || {};
  $("meta").textContent = [summary.outlet, summary.published, `${c.quotes ?? 0} quotes`,
    `${c.named_sources ?? 0} named, ${c.anonymous_sources ?? 0} anonymous sources`].filter(Boolean).join(" · ");
  if (summary.previewUrl) $("preview").href = summary.previewUrl;
  for (const id of ["claims", "quotes", "sources"]) $(id).replaceChildren();
  for (const claim of summary.claims) {
    const who = claim.claimant || summary.outlet || "the outlet";
    item($("claims"), claim.text, claim.hedges.length ? `${who} · hedged: ${claim.hedges.join(", ")}` : who);
  }
  if (!summary.claims.length) item($("claims"), "None found.");
  for (const quote of summary.quotes) item($("quotes"), quote.text, quote.speaker);
  if (!summary.quotes.length) item($("quotes"), "None found.");
  for (const s of summary.named) item($("sources"), s.name, s.description || "named", "desc");
  for (const s of summary.anonymous) item($("sources"), s.name, ["anonymous", s.description].filter(Boolean).join(", "), "desc");
  setStatus(earlier ? "Already clipped: clipping again updates it." : "Clipped.");
  $("clip").textContent = "Clip again";
}

async function showQueue() {
  const waiting = await ask({ type: "queue" });
  $("queue").hidden = !waiting.length;
  $("waiting").replaceChildren();
  for (const w of waiting) {
    item($("waiting"), w.title, `try ${w.attempts}, next in ${w.retryIn} s${w.lastError ? ": " + w.lastError : ""}`);
  }
}

function show(outcome) {
  if (outcome.status === "done") showResult(outcome.summary, outcome.earlier);
  else if (outcome.status === "queued") setStatus("The service is not reachable: the clip waits in the queue and will be sent when it is back.", "queued");
  else if (outcome.status === "unpaired") setStatus("Not paired yet: open “Pairing and settings” and paste the token from `newsdigest token`.", "error");
  else if (outcome.status === "offline") setStatus(outcome.message, "error");
  else if (outcome.status === "new") setStatus("Not clipped yet.");
  else setStatus(outcome.message || "Something went wrong.", "error");
}

async function clipNow(tab) {
  setStatus("Clipping…");
  const tags = $("tags").value.split(",").map((t) => t.trim()).filter(Boolean);
  show(await ask({ type: "clip", tabId: tab.id, options: { tags, note: $("note").value } }));
  await showQueue();
}

async function main() {
  const tab = await currentTab();
  if (!tab || !/^https?:/.test(tab.url || "")) {
    setStatus("This page cannot be clipped (only web pages can).", "error");
    $("clip").disabled = true;
    return;
  }
  $("clip").addEventListener("click", () => clipNow(tab));
  $("retry").addEventListener("click", async () => {
    const { sent } = await ask({ type: "flush" });
    setStatus(`${sent} waiting clip(s) sent.`);
    await showQueue();
  });
  $("annotate").addEventListener("change", async (event) => {
    const result = await ask({ type: "annotate", tabId: tab.id, url: tab.url, on: event.target.checked });
    if (event.target.checked) setStatus(result.message || `${result.found} of ${result.total} marked on the page.`);
  });
  const status = await ask({ type: "status", url: tab.url });
  show(status);
  await showQueue();
  const settings = await loadSettings(ext.storage.local);
  if (status.status === "new" && settings.clipOnOpen) await clipNow(tab); // one click clips
}

main();
