import assert from "node:assert/strict";
import test from "node:test";

import { badgeFor } from "../lib/badge.js";
import { normalizeService } from "../lib/settings.js";
import { selectors, summarize } from "../lib/summary.js";

const text = "Intro. “We stand ready,” Schiff said. The U.S. offered help, officials said.";
const annotations = {
  quotes: [
    { text: "“We stand ready,”", span: [7, 24], kind: "direct", speaker: { mention: "Schiff", name: "Adam Schiff" } },
    { text: "The U.S. offered help", span: [38, 59], kind: "indirect", speaker: { mention: "officials", name: "officials" } },
  ],
  sources: [
    { id: "s1", name: "Adam Schiff", kind: "person", named: true, description: "Rep." },
    { id: "s2", name: "officials", kind: "anonymous", named: false, description: "" },
  ],
  claims: [
    { text: "The U.S. offered help, officials said.", span: [38, 76], score: 0.9, key: true, claimant: { mention: "officials", name: "officials" } },
    { text: "Intro.", span: [0, 6], score: 0.1, key: false, claimant: null },
  ],
};

test("summarize keeps quotations, splits sources, keeps key claims", () => {
  const s = summarize({ article_id: 4, article: { title: "T", site_name: "Site", published: "2024-01-02T03:04:05Z" }, counts: { quotes: 2 }, annotations });
  assert.deepEqual(s.quotes, [{ text: "“We stand ready,”", speaker: "Adam Schiff" }]);
  assert.deepEqual(s.named.map((x) => x.name), ["Adam Schiff"]);
  assert.deepEqual(s.anonymous.map((x) => x.name), ["officials"]);
  assert.deepEqual(s.claims.map((c) => c.claimant), ["officials"]);
  assert.deepEqual(s.claims.map((c) => c.hedges), [[]]);
  assert.equal(s.published, "2024-01-02");
});

test("summarize keeps a key claim's hedges", () => {
  const hedged = { ...annotations, claims: [{ ...annotations.claims[0], hedges: ["might"] }] };
  assert.deepEqual(summarize({ annotations: hedged }).claims[0].hedges, ["might"]);
});

test("selectors carry the text around each quote and key claim", () => {
  const items = selectors(text, annotations, 8);
  assert.equal(items.length, 2);
  assert.deepEqual(items[0], { exact: "“We stand ready,”", prefix: "Intro. ", suffix: " Schiff ", kind: "quote", label: "Adam Schiff" });
  assert.equal(items[1].kind, "claim");
});

test("badges and service addresses", () => {
  assert.deepEqual(badgeFor("done", 7), { text: "7", color: "#188038" });
  assert.equal(badgeFor("queued").text, "Q");
  assert.equal(normalizeService("localhost:7440/"), "http://localhost:7440");
  assert.equal(normalizeService(" http://127.0.0.1:9000 "), "http://127.0.0.1:9000");
});
