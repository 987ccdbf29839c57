// Reading aids for comparison pages. The page reads fine without them: all columns show,
// and related passages are reachable through the links on essay pages.
(function () {
  "use strict";

  // Essay toggles: shown only when this script runs, so they never appear dead.
  document.querySelectorAll(".syn-compare").forEach(function (compare) {
    var toggles = compare.querySelector(".syn-toggles");
    if (!toggles) return;
    toggles.hidden = false;
    toggles.addEventListener("change", function (event) {
      var box = event.target;
      var column = compare.querySelector('.syn-col[data-essay="' + box.value + '"]');
      if (column) column.hidden = !box.checked;
    });
  });

  // Focusing or hovering a paragraph lights up its closest passages in the other columns.
  function light(paragraph, on) {
    (paragraph.dataset.related || "").split(" ").forEach(function (id) {
      var other = id && document.getElementById(id);
      if (other) other.classList.toggle("syn-related-hit", on);
    });
    paragraph.classList.toggle("syn-related-source", on);
  }
  document.querySelectorAll(".syn-col .syn-para[data-related]").forEach(function (paragraph) {
    ["mouseenter", "focusin"].forEach(function (type) {
      paragraph.addEventListener(type, function () { light(paragraph, true); });
    });
    ["mouseleave", "focusout"].forEach(function (type) {
      paragraph.addEventListener(type, function () { light(paragraph, false); });
    });
  });
})();
