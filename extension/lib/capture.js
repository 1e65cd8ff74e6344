// Runs in the page (chrome.scripting.executeScript serializes it: it must stay self-contained).
// It captures the page as rendered: lazy content nudged into the page first, then the live DOM.
export async function capturePage(withSelection) {
  // Lazy images and embeds: ask the browser to load them, and scroll through the page so
  // scroll-triggered content renders; then come back to where the reader was.
  for (const el of document.querySelectorAll("img[loading=lazy], iframe[loading=lazy]")) el.loading = "eager";
  for (const el of document.querySelectorAll("img[data-src]:not([src]), img[data-src][src^='data:']")) {
    el.setAttribute("src", el.getAttribute("data-src"));
  }
  const start = window.scrollY;
  const step = Math.max(400, window.innerHeight);
  const height = Math.min(document.documentElement.scrollHeight, 40000);
  for (let y = 0; y < height; y += step) {
    window.scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  window.scrollTo(0, start);
  await new Promise((resolve) => setTimeout(resolve, 60));

  let selection = null;
  const sel = window.getSelection();
  if (withSelection && sel && sel.rangeCount && !sel.isCollapsed) {
    const box = document.createElement("div");
    for (let i = 0; i < sel.rangeCount; i += 1) box.appendChild(sel.getRangeAt(i).cloneContents());
    selection = { text: sel.toString(), html: box.innerHTML };
  }
  return {
    url: location.href,
    title: document.title,
    html: "<!doctype html>\n" + document.documentElement.outerHTML,
    selection,
  };
}
