/* "Lihat di dokumen" on the result page: highlights the sentences that give a field's answer.
   Spans are code-point offsets into the document text (as Python counts them), so the text is
   split with Array.from, not by UTF-16 units. No inline script: a CSP forbids it. */
(function () {
  "use strict";

  function parseSpans(value) {
    return value.split(",").map(function (pair) {
      var parts = pair.split("-");
      return [parseInt(parts[0], 10), parseInt(parts[1], 10)];
    }).filter(function (span) { return span[0] < span[1]; });
  }

  function highlight(doc, spans) {
    if (doc.dataset.original === undefined) { doc.dataset.original = doc.textContent; }
    var chars = Array.from(doc.dataset.original);
    doc.textContent = "";
    var at = 0;
    var first = null;
    spans.forEach(function (span) {
      if (span[0] < at) { return; }
      doc.appendChild(document.createTextNode(chars.slice(at, span[0]).join("")));
      var mark = document.createElement("mark");
      mark.className = "evidence-mark";
      mark.textContent = chars.slice(span[0], span[1]).join("");
      doc.appendChild(mark);
      if (!first) { first = mark; }
      at = span[1];
    });
    doc.appendChild(document.createTextNode(chars.slice(at).join("")));
    return first;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".evidence-link");
    if (!button) { return; }
    var doc = document.getElementById(button.getAttribute("aria-controls"));
    if (!doc) { return; }
    var first = highlight(doc, parseSpans(button.dataset.evidence || ""));
    if (first) {
      first.scrollIntoView({ block: "center", behavior: "smooth" });
      doc.focus({ preventScroll: true });
    }
  });
})();
