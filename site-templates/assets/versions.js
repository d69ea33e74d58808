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

  // The filters live in the URL (?department=&category=&type=&view=), so a filtered comparison can be linked and
  // survives a reload; values the page does not offer are ignored.
  var keys = ["department", "category", "type"];
  function fromUrl() {
    var query = new URLSearchParams(window.location.search);
    keys.forEach(function (key) {
      var select = filters.elements[key], value = query.get(key);
      if (value !== null && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        select.value = value;
      }
    });
    var wanted = query.get("view");
    var radio = wanted && filters.querySelector("input[name=view][value=\"" + (wanted === "redline" ? "redline" : "sbs") + "\"]");
    if (radio) { radio.checked = true; }
  }

  function toUrl() {
    var query = new URLSearchParams(window.location.search);
    keys.forEach(function (key) {
      var value = filters.elements[key].value;
      if (value) { query.set(key, value); } else { query.delete(key); }
    });
    var v = filters.querySelector("input[name=view]:checked").value;
    if (v === "redline") { query.set("view", v); } else { query.delete("view"); }
    var text = query.toString();
    window.history.replaceState(null, "", window.location.pathname + (text ? "?" + text : "") + window.location.hash);
  }

  filters.addEventListener("change", function () { apply(); view(); toUrl(); });
  filters.addEventListener("submit", function (event) { event.preventDefault(); });
  fromUrl();
  apply();
  view();
})();
