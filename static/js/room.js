/* The live room's grid is replaced every 5 s (htmx, outerHTML): keep the facilitator's place in it.
   Without this, a grid scrolled sideways on a phone or down a 500-row list jumps back to the start. */
(function () {
  "use strict";
  var kept = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var wrap = event.detail.target && event.detail.target.querySelector(".room-wrap");
    kept = wrap ? { left: wrap.scrollLeft, top: wrap.scrollTop } : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    var wrap = document.querySelector("[data-room-grid] .room-wrap");
    if (wrap && kept) {
      wrap.scrollLeft = kept.left;
      wrap.scrollTop = kept.top;
    }
  });
})();
