/**
 * The report's only script, inlined and optional (everything reads without it): sorts the
 * fleet table by a column (buttons in the headers, so the keyboard works), and opens or folds
 * every part of a tree.
 */
export const reportScript = `
(function () {
  document.querySelectorAll("table.sortable th button").forEach(function (button) {
    button.addEventListener("click", function () {
      var th = button.closest("th");
      var table = th.closest("table");
      var column = Array.prototype.indexOf.call(th.parentNode.children, th);
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort") || a.cells[column].textContent;
        var y = b.cells[column].getAttribute("data-sort") || b.cells[column].textContent;
        var nx = Number(x), ny = Number(y);
        var order = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  document.querySelectorAll("button[data-tree]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var tree = document.getElementById(button.getAttribute("data-tree"));
      var open = button.getAttribute("data-open") === "true";
      tree.querySelectorAll("details").forEach(function (d) {
        if (open) d.open = true; else if (!d.classList.contains("hit")) d.open = false;
      });
    });
  });
})();
`;
