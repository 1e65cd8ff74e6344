// The extension's background worker: every request to the service goes from here.
import { clip, getArticle, lookup, ServiceError } from "./lib/api.js";
import { badgeFor } from "./lib/badge.js";
import { capturePage } from "./lib/capture.js";
import { createQueue, describe } from "./lib/queue.js";
import { loadSettings } from "./lib/settings.js";
import { selectors, summarize } from "./lib/summary.js";

const ext = globalThis.browser ?? globalThis.chrome;
const storage = ext.storage.local;
const queue = createQueue(storage);
const FLUSH_ALARM = "newsdigest-flush-queue";

async function setBadge(tabId, state, quotes) {
  const badge = badgeFor(state, quotes);
  const target = tabId === undefined ? {} : { tabId };
  await ext.action.setBadgeText({ ...target, text: badge.text });
  await ext.action.setBadgeBackgroundColor({ ...target, color: badge.color });
}

async function remember(url, record) {
  const { results = {} } = await storage.get("results");
  results[url] = { ...record, at: Date.now() };
  const urls = Object.keys(results);
  for (const old of urls.slice(0, Math.max(0, urls.length - 50))) delete results[old]; // keep the last 50
  await storage.set({ results });
}

async function remembered(url) {
  const { results = {} } = await storage.get("results");
  return results[url] || null;
}

async function capture(tabId, withSelection) {
  const [injection] = await ext.scripting.executeScript({ target: { tabId }, func: capturePage, args: [withSelection] });
  if (!injection || !injection.result) throw new Error("The page could not be read (is it a browser page?).");
  return injection.result;
}

// Clip a tab as the reader sees it. Returns {status: done|queued|error, ...}.
export async function clipTab(tab, { selection = false, tags = [], note = "" } = {}) {
  await setBadge(tab.id, "busy");
  let page;
  try {
    page = await capture(tab.id, selection);
  } catch (error) {
    await setBadge(tab.id, "error");
    return { status: "error", message: error.message };
  }
  const body = { url: page.url, html: page.html, title: page.title, captured_at: new Date().toISOString(), tags, note };
  if (page.selection) body.selection = page.selection;
  if (selection && !page.selection) {
    await setBadge(tab.id, "error");
    return { status: "error", message: "Select some text on the page first." };
  }
  return send(body, tab.id);
}

async function send(body, tabId) {
  const settings = await loadSettings(storage);
  try {
    const result = await clip(settings, body);
    const summary = summarize(result);
    await remember(body.url, { status: "done", summary });
    if (tabId !== undefined) await setBadge(tabId, "done", summary.counts.quotes);
    return { status: "done", summary };
  } catch (error) {
    if (error instanceof ServiceError && error.kind === "unreachable") {
      await queue.add(body, error.message);
      await remember(body.url, { status: "queued", message: error.message });
      if (tabId !== undefined) await setBadge(tabId, "queued");
      return { status: "queued", message: error.message };
    }
    await remember(body.url, { status: "error", message: error.message });
    if (tabId !== undefined) await setBadge(tabId, "error");
    return { status: "error", message: error.message };
  }
}

// Send what waits in the queue: the due ones, or all of them.
export async function flushQueue(all = false) {
  const settings = await loadSettings(storage);
  let sent = 0;
  for (const item of await queue.due(all)) {
    try {
      const result = await clip(settings, item.capture);
      await queue.remove(item.id);
      await remember(item.capture.url, { status: "done", summary: summarize(result) });
      sent += 1;
    } catch (error) {
      if (error instanceof ServiceError && (error.kind === "rejected" || error.kind === "wrong-address")) {
        // The service answered: it will never take this one as it is (422 keeps the capture there).
        await queue.remove(item.id);
        await remember(item.capture.url, { status: "error", message: error.message });
      } else {
        await queue.failed(item.id, error.message);
      }
    }
  }
  return { sent, waiting: (await queue.list()).length };
}

// What the popup shows for a page: a result from this browser, or the service's record of it.
export async function pageStatus(url) {
  const known = await remembered(url);
  if (known && known.status !== "error") return { ...known, earlier: true };
  const settings = await loadSettings(storage);
  if (!settings.token) return { status: "unpaired" };
  try {
    const article = await lookup(settings, url);
    if (!article) return known || { status: "new" };
    const full = await getArticle(settings, article.id);
    return { status: "done", summary: summarize({ article, annotations: full.annotations }), earlier: true };
  } catch (error) {
    return { status: error.kind === "unreachable" ? "offline" : "error", message: error.message };
  }
}

// Highlight (or clear) the article's quotes and key claims on the live page.
export async function annotateTab(tabId, url, on) {
  await ext.scripting.executeScript({ target: { tabId }, files: ["lib/anchor.js"] });
  if (!on) {
    await ext.scripting.executeScript({ target: { tabId }, func: () => globalThis.__newsdigestAnchor.clear() });
    return { found: 0, total: 0 };
  }
  const settings = await loadSettings(storage);
  const article = await lookup(settings, url);
  if (!article) return { found: 0, total: 0, message: "Clip the page first." };
  const full = await getArticle(settings, article.id);
  const items = selectors(full.text, full.annotations);
  const [injection] = await ext.scripting.executeScript({
    target: { tabId },
    func: (list) => globalThis.__newsdigestAnchor.apply(list),
    args: [items],
  });
  return injection.result;
}

async function waiting() {
  const now = Date.now();
  return (await queue.list()).map((item) => describe(item, now));
}

function setUp() {
  ext.contextMenus.removeAll(() => {
    ext.contextMenus.create({ id: "clip-page", title: "Clip this page", contexts: ["page", "link", "image"] });
    ext.contextMenus.create({ id: "clip-selection", title: "Clip selection", contexts: ["selection"] });
  });
  ext.alarms.create(FLUSH_ALARM, { periodInMinutes: 1 });
}

ext.runtime.onInstalled.addListener(setUp);
ext.runtime.onStartup.addListener(() => {
  setUp();
  flushQueue();
});
ext.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FLUSH_ALARM) flushQueue();
});
ext.contextMenus.onClicked.addListener((info, tab) => {
  if (tab) clipTab(tab, { selection: info.menuItemId === "clip-selection" });
});
ext.commands.onCommand.addListener((command, tab) => {
  if (command === "clip-page" && tab) clipTab(tab);
});
ext.runtime.onMessage.addListener((message, sender, reply) => {
  const handlers = {
    clip: () => clipTab({ id: message.tabId }, message.options || {}),
    status: () => pageStatus(message.url),
    queue: () => waiting(),
    flush: () => flushQueue(true),
    annotate: () => annotateTab(message.tabId, message.url, message.on),
  };
  const handler = handlers[message && message.type];
  if (!handler) return false;
  handler().then(reply, (error) => reply({ status: "error", message: error.message }));
  return true; // the reply comes later
});

// The extension's own functions, for its end-to-end tests (called in this worker, as the user's
// clicks would call them).
globalThis.newsdigest = { clipTab, flushQueue, pageStatus, annotateTab, waiting };
