// What the popup shows of a clip result: plain data, built from the API's answer.

export function summarize(result) {
  const article = result.article || {};
  const ann = result.annotations || { quotes: [], sources: [], claims: [] };
  const quotes = (ann.quotes || [])
    .filter((q) => q.kind !== "indirect")
    .map((q) => ({ text: q.text, speaker: q.speaker ? q.speaker.name || q.speaker.mention : "unattributed" }));
  const sources = ann.sources || [];
  return {
    articleId: result.article_id ?? article.id,
    title: article.title || article.url || "",
    outlet: article.site_name || "",
    published: (article.published || "").slice(0, 10),
    previewUrl: result.preview_url || article.preview_url || "",
    counts: result.counts || article.counts || {},
    quotes,
    named: sources.filter((s) => s.named).map((s) => ({ name: s.name, description: s.description || "" })),
    anonymous: sources
      .filter((s) => s.kind === "anonymous")
      .map((s) => ({ name: s.name, description: s.description || "" })),
    claims: (ann.claims || [])
      .filter((c) => c.key)
      .map((c) => ({
        text: c.text,
        claimant: c.claimant ? c.claimant.name || c.claimant.mention : "",
        hedges: c.hedges || [], // "might", "reportedly": shown so a hedged claim is not read as fact
      })),
  };
}

// Selectors that find a quote or claim on the live page: its text and a little of what surrounds it.
export function selectors(text, annotations, context = 32) {
  const items = [];
  const add = (span, kind, label) => {
    const [start, end] = span;
    items.push({
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
      kind,
      label,
    });
  };
  for (const q of annotations.quotes || []) {
    if (q.kind === "indirect") continue;
    add(q.span, "quote", q.speaker ? q.speaker.name || q.speaker.mention : "unattributed");
  }
  for (const c of annotations.claims || []) {
    if (c.key) add(c.span, "claim", "claim: " + (c.claimant ? c.claimant.name || c.claimant.mention : "the outlet"));
  }
  return items;
}
