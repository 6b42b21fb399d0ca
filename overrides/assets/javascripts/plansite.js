/* plansite: sortable index tables, filterable duty sheets and responsibility-matrix tooltips.
 *
 * Plain JavaScript, no library. Material's instant navigation swaps page
 * content without a page load, so setup runs on every `document$` emission
 * (Material's observable of the current document) and marks what it has set
 * up; without Material's bundle it runs once on DOMContentLoaded. A table wider than the
 * screen gets a line above it saying so.
 */
(function () {
  "use strict";

  var collator = new Intl.Collator("zh-CN", { numeric: true, sensitivity: "base" });

  /* --- sortable tables: <table class="sortable"> ---------------------------------------- */

  // "1,234" "56%" "7 项" -> a number; anything else -> NaN
  function numberOf(text) {
    var t = text.replace(/[,\s%项个条件次]/g, "");
    if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return NaN;
    return parseFloat(t);
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var given = cell.getAttribute("data-sort");
    return given !== null ? given : cell.textContent.trim();
  }

  function columnIsNumeric(rows, index) {
    var seen = 0;
    for (var i = 0; i < rows.length; i++) {
      var v = cellValue(rows[i], index);
      if (v === "") continue;
      if (isNaN(numberOf(v))) return false;
      seen++;
    }
    return seen > 0;
  }

  function compare(a, b, numeric) {
    if (numeric) {
      var x = numberOf(a), y = numberOf(b);
      if (isNaN(x)) x = -Infinity;
      if (isNaN(y)) y = -Infinity;
      return x - y;
    }
    return collator.compare(a, b);
  }

  function sortBy(table, header, index) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = header.hasAttribute("data-numeric") || columnIsNumeric(rows, index);
    var current = header.getAttribute("aria-sort");
    // a number column sorts largest first (departments by load), text A-Z first
    var direction = current === "descending" ? "ascending"
      : current === "ascending" ? "descending"
      : numeric ? "descending" : "ascending";
    var sign = direction === "ascending" ? 1 : -1;
    var keyed = rows.map(function (row, i) { return { row: row, key: cellValue(row, index), i: i }; });
    keyed.sort(function (p, q) {
      return sign * compare(p.key, q.key, numeric) || p.i - q.i; // stable
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", direction);
  }

  function setupSortable(table) {
    if (table.hasAttribute("data-ps-sortable") || !table.tHead || !table.tHead.rows.length) return;
    table.setAttribute("data-ps-sortable", "");
    var rows = table.tBodies[0] ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (columnIsNumeric(rows, index)) { // numbers line up on the right
        th.classList.add("num");
        rows.forEach(function (row) { if (row.cells[index]) row.cells[index].classList.add("num"); });
      }
      if (th.hasAttribute("data-nosort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ps-sort";
      button.title = "按此列排序";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th, index); });
    });
  }

  /* --- matrix: one tooltip from the cell title, row and column highlight ------------------- */

  var tip = null;

  function tooltip() {
    if (!tip || !document.body.contains(tip)) {
      tip = document.createElement("div");
      tip.className = "ps-tip";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      document.body.appendChild(tip);
    }
    return tip;
  }

  function place(el, cell) {
    var r = cell.getBoundingClientRect();
    el.style.left = "0px";
    el.style.top = "0px";
    var w = el.offsetWidth, h = el.offsetHeight;
    var left = Math.min(Math.max(4, r.left + r.width / 2 - w / 2), window.innerWidth - w - 4);
    var top = r.top - h - 6;
    if (top < 4) top = r.bottom + 6;
    el.style.left = left + "px";
    el.style.top = top + "px";
  }

  function setupMatrix(wrap) {
    if (wrap.hasAttribute("data-ps-matrix")) return;
    wrap.setAttribute("data-ps-matrix", "");
    var table = wrap.querySelector("table.matrix");
    if (!table) return;
    if (!wrap.hasAttribute("tabindex")) wrap.setAttribute("tabindex", "0"); // scrollable by keyboard
    // a keyboard stop is announced by name: what the box holds and that it scrolls
    if (!wrap.hasAttribute("aria-label")) {
      var rows = table.querySelectorAll('tbody th[scope="row"]').length;
      var cols = table.tHead ? table.tHead.rows[0].cells.length - 1 : 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "责任分工矩阵:" + rows + " 项任务 × " + cols + " 个单位,可滚动");
    }
    var active = null;

    function columnHeader(cell) {
      var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
      return head ? head.cells[cell.cellIndex] : null;
    }

    function leave() {
      if (!active) return;
      if (active.hasAttribute("data-ps-title")) {
        active.setAttribute("title", active.getAttribute("data-ps-title"));
        active.removeAttribute("data-ps-title");
      }
      active.classList.remove("is-hover");
      var th = columnHeader(active);
      if (th) th.classList.remove("is-hover");
      active = null;
      tooltip().hidden = true;
    }

    function enter(cell) {
      if (cell === active) return;
      leave();
      active = cell;
      var th = columnHeader(cell);
      if (th) th.classList.add("is-hover");
      var text = cell.getAttribute("title");
      if (!text) return;
      // our tooltip replaces the browser's for the time of the hover
      cell.setAttribute("data-ps-title", text);
      cell.removeAttribute("title");
      cell.classList.add("is-hover");
      var el = tooltip();
      el.textContent = text;
      el.hidden = false;
      place(el, cell);
    }

    table.addEventListener("mouseover", function (ev) {
      var cell = ev.target.closest ? ev.target.closest("td") : null;
      if (cell && table.contains(cell)) enter(cell); else leave();
    });
    table.addEventListener("mouseleave", leave);
    wrap.addEventListener("scroll", leave, { passive: true });
  }

  /* --- filters: <table data-filters="role plan" data-filter-labels="角色 方案"> ------------------
   * One <select> per filter above the table, its options the values the rows carry in
   * data-f-<name> (several separated by |); a row shows when it has every chosen value.
   * The box may also be an element holding several tables (the 时间表's months): its
   * [data-filter-group] sections, heading and all, hide when none of their rows shows.
   * Everything is in the page: no server, and it works on a saved copy. */

  function valuesOf(row, name) {
    var v = row.getAttribute("data-f-" + name);
    return v ? v.split("|") : [];
  }

  function setupFilters(table) {
    var isTable = table.tagName === "TABLE";
    if (table.hasAttribute("data-ps-filters") || (isTable && !table.tBodies.length)) return;
    table.setAttribute("data-ps-filters", "");
    var names = (table.getAttribute("data-filters") || "").split(/\s+/).filter(Boolean);
    var labels = (table.getAttribute("data-filter-labels") || "").split(/\s+/);
    var rows = Array.prototype.slice.call(isTable ? table.tBodies[0].rows : table.querySelectorAll("tbody tr"));
    var groups = isTable ? [] : Array.prototype.slice.call(table.querySelectorAll("[data-filter-group]"));
    var bar = document.createElement("div");
    bar.className = "ps-filters";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "筛选");
    var count = document.createElement("span");
    count.className = "ps-filter-count";
    count.setAttribute("aria-live", "polite");
    var chosen = {};

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var ok = names.every(function (name) {
          return !chosen[name] || valuesOf(row, name).indexOf(chosen[name]) >= 0;
        });
        row.hidden = !ok;
        if (ok) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("tbody tr:not([hidden])");
        // the table of contents beside the page leaves out what the filter left out
        var head = group.querySelector("h1, h2, h3, h4, h5, h6");
        if (!head || !head.id) return;
        Array.prototype.forEach.call(document.querySelectorAll('.md-nav--secondary a[href="#' + head.id + '"]'),
          function (a) { var item = a.closest("li"); if (item) item.hidden = group.hidden; });
      });
      count.textContent = "显示 " + shown + " / " + rows.length + " 项";
    }

    names.forEach(function (name, i) {
      var seen = [];
      rows.forEach(function (row) {
        valuesOf(row, name).forEach(function (v) { if (seen.indexOf(v) < 0) seen.push(v); });
      });
      if (seen.length < 2) return; // nothing to choose between
      seen.sort(collator.compare);
      var label = document.createElement("label");
      label.textContent = (labels[i] || name) + " ";
      var select = document.createElement("select");
      select.setAttribute("data-filter", name);
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "全部";
      select.appendChild(all);
      seen.forEach(function (v) {
        var option = document.createElement("option");
        option.value = v;
        option.textContent = v;
        select.appendChild(option);
      });
      select.addEventListener("change", function () { chosen[name] = select.value; apply(); });
      label.appendChild(select);
      bar.appendChild(label);
    });
    bar.appendChild(count);
    var wrap = (isTable && table.closest(".duty-wrap")) || table;
    wrap.parentNode.insertBefore(bar, wrap);
    apply();
  }

  /* --- wide tables: a line above says they scroll sideways, while they do ------------------- */

  var scrollers = ".md-typeset .matrix-wrap, .md-typeset table.sortable, .md-typeset .md-typeset__scrollwrap";

  function updateHint(box) {
    var hint = box.previousElementSibling;
    if (!hint || !hint.classList.contains("ps-scroll-hint")) return;
    var wide = box.scrollWidth > box.clientWidth + 1;
    hint.hidden = !wide;
  }

  function setupHint(box) {
    if (box.hasAttribute("data-ps-hint")) return;
    box.setAttribute("data-ps-hint", "");
    var hint = document.createElement("p");
    hint.className = "ps-scroll-hint";
    hint.setAttribute("aria-hidden", "true"); // the table's own size says it to a screen reader
    hint.textContent = "表格较宽,可左右滑动查看其余各列 →";
    hint.hidden = true;
    box.parentNode.insertBefore(hint, box);
    updateHint(box);
  }

  function updateHints() {
    Array.prototype.forEach.call(document.querySelectorAll(scrollers), updateHint);
  }

  window.addEventListener("resize", updateHints, { passive: true });

  /* --- old anchors: #plan-<plan>-<role> on a unit's page goes on to its duty sheet ----------------
   * Before the duty sheets, a badge linked to units/<unit>/#plan-<plan>-lead, where the unit's
   * tasks in that plan were listed by role. That page now compares the unit's places; it carries
   * [data-moved-anchors] = {plan id: the sheet holding that plan}, and the sheet has the anchor. */

  function followMovedAnchor() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("plan-") !== 0 || document.getElementById(id)) return;
    var box = document.querySelector("[data-moved-anchors]");
    if (!box) return;
    var moved = JSON.parse(box.getAttribute("data-moved-anchors"));
    var m = /^plan-(.+?)(?:-(?:lead|responsible|support|implement))?$/.exec(id);
    var sheet = moved[id.slice(5)] || (m && moved[m[1]]);
    if (sheet) location.replace(new URL(sheet, location.href).href.split("#")[0] + "#" + id);
  }

  window.addEventListener("hashchange", followMovedAnchor);

  /* --- skip link: focus goes into the content ---------------------------------------------- */

  // Material's skip link ("跳转至") only scrolls (and instant navigation may take the click over),
  // so the next Tab went back to the tabs and the table of contents: 45 stops to a plan's first
  // badge. Focusing the heading it points to makes the next Tab start in the content.
  window.addEventListener("click", function (ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest("a.md-skip") : null;
    if (!link) return;
    var id = decodeURIComponent((link.getAttribute("href") || "").split("#")[1] || "");
    var target = id ? document.getElementById(id) : null;
    if (!target) return;
    ev.preventDefault();
    ev.stopPropagation();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }, true);

  /* --- setup ---------------------------------------------------------------------------- */

  function setup() {
    if (tip) tip.hidden = true;
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), setupSortable);
    Array.prototype.forEach.call(document.querySelectorAll("[data-filters]"), setupFilters);
    followMovedAnchor();
    Array.prototype.forEach.call(document.querySelectorAll(".matrix-wrap"), setupMatrix);
    // after Material has wrapped the Markdown tables in their scroll boxes (same emission, later subscriber)
    setTimeout(function () {
      Array.prototype.forEach.call(document.querySelectorAll(scrollers), setupHint);
    }, 0);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
