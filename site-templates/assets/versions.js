// Versions pages: the compare form (pick two versions, go to their compare page) and, on compare pages, filters
// by department, category and type plus the side-by-side / redline switch. Without script the pages show every
// change grouped by type with anchors, and both views.
(function () {
  "use strict";
  document.querySelectorAll("form.compare-form").forEach(function (form) {
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var from = form.elements.from.value, to = form.elements.to.value;
      if (from === to) { return; }
      window.location.href = form.getAttribute("data-compare-base") + encodeURIComponent(from) + "..." + encodeURIComponent(to) + "/";
    });
  });

  var filters = document.querySelector("form.change-filters");
  if (!filters) { return; }
  filters.hidden = false;
  var status = filters.querySelector(".filter-status");
  var items = Array.prototype.slice.call(document.querySelectorAll("li.change"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.change-section"));

  function apply() {
    var dep = filters.elements.department.value, cat = filters.elements.category.value, type = filters.elements.type.value;
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!dep || li.getAttribute("data-department") === dep) &&
               (!cat || li.getAttribute("data-category") === cat) &&
               (!type || li.getAttribute("data-type") === type);
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector("li.change:not([hidden])"); });
    status.textContent = "显示 " + shown + " / " + items.length + " 项";
  }

  function view() {
    var v = filters.querySelector("input[name=view]:checked").value;
    document.body.classList.toggle("view-sbs", v === "sbs");
    document.body.classList.toggle("view-redline", v === "redline");
  }

  filters.addEventListener("change", function () { apply(); view(); });
  filters.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
  view();
})();
