import assert from "node:assert/strict";
import test from "node:test";

import { backoff, createQueue, describe, FIRST_RETRY_MS, MAX_RETRY_MS } from "../lib/queue.js";
import { memoryStorage } from "./helpers.js";

test("backoff doubles from the first retry and stops at the cap", () => {
  assert.equal(backoff(1), FIRST_RETRY_MS);
  assert.equal(backoff(2), 2 * FIRST_RETRY_MS);
  assert.equal(backoff(3), 4 * FIRST_RETRY_MS);
  assert.equal(backoff(40), MAX_RETRY_MS);
});

test("a queued capture survives in storage and comes due after its backoff", async () => {
  let now = 1_000_000;
  const storage = memoryStorage();
  const queue = createQueue(storage, () => now);
  const item = await queue.add({ url: "https://news.test/a", html: "<p>x</p>", title: "A" }, "down");
  assert.deepEqual(await queue.due(), []);
  // A new queue over the same storage (a browser restart) still has it.
  const again = createQueue(storage, () => now);
  assert.equal((await again.list()).length, 1);
  now += FIRST_RETRY_MS;
  assert.deepEqual((await again.due()).map((i) => i.id), [item.id]);
  await again.failed(item.id, "still down");
  assert.deepEqual(await again.due(), []);
  assert.equal((await again.list())[0].attempts, 2);
  assert.equal((await again.due(true)).length, 1);
  await again.remove(item.id);
  assert.deepEqual(await again.list(), []);
});

test("describe shows the waiting capture without its HTML", async () => {
  const queue = createQueue(memoryStorage(), () => 0);
  const item = await queue.add({ url: "https://news.test/b", html: "<p>secret</p>", title: "B" }, "down");
  const shown = describe(item, 0);
  assert.equal(shown.title, "B");
  assert.equal(shown.retryIn, FIRST_RETRY_MS / 1000);
  assert.ok(!JSON.stringify(shown).includes("secret"));
});
