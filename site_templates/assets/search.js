// Search over the compact index in search-index.js. Builds results with textContent only:
// nothing from the index is ever parsed as HTML.
(function () {
  "use strict";
  var rows = window.NEWSDIGEST_INDEX || [];
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim().toLowerCase();
  var input = document.getElementById("q");
  var status = document.getElementById("status");
  var list = document.getElementById("results");
  input.value = params.get("q") || "";
  if (!query) {
    status.textContent = rows.length + " articles indexed. Type words to find.";
    return;
  }
  var words = query.split(/\s+/);
  var hits = rows.filter(function (row) {
    var blob = (row[1] + " " + row[4]).toLowerCase();
    return words.every(function (w) { return blob.indexOf(w) !== -1; });
  });
  status.textContent = hits.length + " of " + rows.length + " articles match \u201c" + query + "\u201d.";
  hits.slice(0, 200).forEach(function (row) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = row[0];
    link.textContent = row[1];
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = row[2] + " \u00b7 " + row[3];
    item.appendChild(link);
    item.appendChild(meta);
    list.appendChild(item);
  });
})();
