// On-page annotations. Injected into the page as a classic script (and imported by the tests): it
// defines globalThis.__newsdigestAnchor. Each item is found by its text and the text around it (a
// text-quote selector), so it survives small changes to the page.
(function () {
  const QUOTES = { "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'", "\u2019": "'" };

  // Normalized text (whitespace collapsed, quote marks unified) with a map back to raw offsets.
  function normalize(raw) {
    let out = "";
    const map = [];
    let space = false;
    for (let i = 0; i < raw.length; i += 1) {
      let ch = raw[i];
      if (/\s/.test(ch)) {
        if (space) continue;
        ch = " ";
        space = true;
      } else {
        space = false;
        ch = QUOTES[ch] || ch;
      }
      out += ch;
      map.push(i);
    }
    map.push(raw.length);
    return { text: out, map };
  }

  function commonSuffix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
    return n;
  }

  function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  }

  // Where the selector's text is in `raw`: [start, end) raw offsets, or null.
  function locate(raw, selector) {
    const page = normalize(raw);
    const exact = normalize(selector.exact).text.trim();
    const prefix = normalize(selector.prefix || "").text;
    const suffix = normalize(selector.suffix || "").text;
    if (!exact) return null;
    let best = null;
    const tryNeedle = (needle, extend) => {
      for (let at = page.text.indexOf(needle); at !== -1; at = page.text.indexOf(needle, at + 1)) {
        const end = at + (extend ? exact.length : needle.length);
        const score = commonSuffix(page.text.slice(0, at), prefix) + commonPrefix(page.text.slice(end), suffix);
        if (!best || score > best.score) best = { at, end: Math.min(end, page.text.length), score };
      }
    };
    tryNeedle(exact, false);
    if (!best && exact.length > 60) tryNeedle(exact.slice(0, 40), true); // the quote's end was edited
    if (!best) return null;
    return [page.map[best.at], page.map[best.end - 1] + 1];
  }

  function textNodes(root) {
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA)$/.test(parent.tagName)) return NodeFilter.FILTER_REJECT;
        if (parent.closest("span[data-newsdigest=label]")) return NodeFilter.FILTER_REJECT; // our labels are not page text
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  function wrap(nodes, offsets, start, end, item) {
    let first = null;
    let last = null;
    for (let i = 0; i < nodes.length; i += 1) {
      const nodeStart = offsets[i];
      const nodeEnd = nodeStart + nodes[i].data.length;
      if (nodeEnd <= start || nodeStart >= end) continue;
      let node = nodes[i];
      const from = Math.max(0, start - nodeStart);
      const to = Math.min(node.data.length, end - nodeStart);
      if (to < node.data.length) node.splitText(to);
      if (from > 0) node = node.splitText(from);
      const mark = document.createElement("mark");
      mark.dataset.newsdigest = item.kind;
      mark.title = item.label;
      mark.style.background = item.kind === "claim" ? "#cde8ff" : "#fff0a8";
      mark.style.color = "inherit";
      node.parentNode.insertBefore(mark, node);
      mark.appendChild(node);
      first = first || mark;
      last = mark;
    }
    if (last) {
      const label = document.createElement("span");
      label.dataset.newsdigest = "label";
      label.textContent = " \u2014 " + item.label;
      label.style.cssText = "font: 12px system-ui, sans-serif; color: #555; background: #f3f3f3; padding: 0 3px;";
      last.after(label);
    }
    return first;
  }

  function clear() {
    for (const label of document.querySelectorAll("span[data-newsdigest=label]")) label.remove();
    for (const mark of document.querySelectorAll("mark[data-newsdigest]")) {
      const parent = mark.parentNode;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
      parent.normalize();
    }
  }

  function apply(items) {
    clear();
    let found = 0;
    for (const item of items) {
      const nodes = textNodes(document.body);
      const offsets = [];
      let raw = "";
      for (const node of nodes) {
        offsets.push(raw.length);
        raw += node.data;
      }
      const at = locate(raw, item);
      if (at && wrap(nodes, offsets, at[0], at[1], item)) found += 1;
    }
    return { found, total: items.length };
  }

  globalThis.__newsdigestAnchor = { normalize, locate, apply, clear };
})();
