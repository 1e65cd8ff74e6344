import assert from "node:assert/strict";
import test from "node:test";

import "../lib/anchor.js";

const { locate, normalize } = globalThis.__newsdigestAnchor;

test("normalize collapses whitespace and unifies quote marks, mapping back to raw offsets", () => {
  const { text, map } = normalize("a \n  “b”");
  assert.equal(text, 'a "b"');
  assert.equal(map[2], 5); // the opening mark, after the run of whitespace
});

test("locate finds the quote despite different whitespace and quote marks", () => {
  const page = "Menu\n  Intro.\n\n\"We stand   ready,\" Schiff said.";
  const at = locate(page, { exact: "“We stand ready,”", prefix: "Intro. ", suffix: " Schiff" });
  assert.equal(page.slice(at[0], at[1]), '"We stand   ready,"');
});

test("locate uses the surroundings to pick among repeated text", () => {
  const page = "He said “yes”. Later, asked again, Smith said “yes” firmly.";
  const at = locate(page, { exact: "“yes”", prefix: "Smith said ", suffix: " firmly" });
  assert.equal(at[0], page.lastIndexOf("“yes”"));
});

test("locate survives an edited ending of a long quote, and gives up on absent text", () => {
  const quote = "“This is a very long quotation that the outlet later edited at its very end.”";
  const page = "Intro. “This is a very long quotation that the outlet later edited at the end.” Bo said.";
  const at = locate(page, { exact: quote, prefix: "Intro. ", suffix: " Bo said." });
  assert.ok(at && page.slice(at[0]).startsWith("“This is a very long"));
  assert.equal(locate(page, { exact: "nowhere to be found", prefix: "", suffix: "" }), null);
});
