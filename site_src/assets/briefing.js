/* Briefing site: sortable tables (click a column heading; a cell holding a data-sort element
   sorts by its number) and links that land inside a closed "Also mentioned" or "Every
   statement" block open it. No library; works from disk. */
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    // A cell may say how it sorts (the who-of-whom grid: "−2" sorts before "+1" and empty).
    var keyed = cell && cell.querySelector("[data-sort]");
    if (keyed) { return parseFloat(keyed.getAttribute("data-sort")) || 0; }
    var text = cell ? cell.textContent.trim() : "";
    var number = text.replace(/[,\s]/g, "");
    return /^-?\d+(\.\d+)?$/.test(number) ? parseFloat(number) : text.toLowerCase();
  }

  function makeSortable(table) {
    var headings = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headings, function (th, index) {
      th.setAttribute("tabindex", "0");
      th.setAttribute("role", "button");
      th.title = "Sort by " + th.textContent.trim();
      function sort() {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var descending = th.getAttribute("aria-sort") === "ascending";
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          if (typeof x === "number" && typeof y === "number") {
            return descending ? y - x : x - y;
          }
          return descending ? String(y).localeCompare(String(x)) : String(x).localeCompare(String(y));
        });
        Array.prototype.forEach.call(headings, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  }

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    target.scrollIntoView();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".bf-sortable table"), makeSortable);
    openTarget();
    window.addEventListener("hashchange", openTarget);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
