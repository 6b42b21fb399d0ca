/* The page's side of the site search (the worker is generator/search/worker.js): filters under the header
 * search box, more results when the list is scrolled to its end, the index warmed when the box gets the
 * focus, and a clear note when the site is opened as files (file://), where a browser lets no page load
 * the search index.
 *
 * Material's bundle makes the search worker before this script runs; the first message it sends it
 * (SETUP, once the page has fetched search/search_index.json) goes through Worker.prototype.postMessage,
 * so wrapping that catches the worker, and this script then talks to it directly (no other tab hears).
 */
(function () {
  "use strict";
  if (window.__plansiteSearch) return;  // instant navigation may run the page's scripts again
  window.__plansiteSearch = true;

  const FILTERS = ["类型", "年份", "地区", "单位", "领域"];
  const state = {worker: null, filters: {}, more: false, asked: false, queue: []};

  function send(msg) {
    if (state.worker) state.worker.postMessage(msg);
    else state.queue.push(msg);
  }

  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, ...rest) {
    if (!state.worker && msg && msg.type === 0 && msg.data && msg.data.config) {
      state.worker = this;
      this.addEventListener("message", ev => receive(ev.data || {}));
      const queued = state.queue.splice(0);
      post.call(this, msg, ...rest);
      for (const m of queued) post.call(this, m);
      return undefined;
    }
    return post.call(this, msg, ...rest);
  };

  function result() {
    return document.querySelector("[data-md-component=search-result]");
  }

  function receive(msg) {
    if (msg.type === 3 && msg.data) state.items = (msg.data.items || []).length;  // RESULT: what Material has
    else if (msg.type === "plansite:filter-values") showFilters(msg.filters || {});
    else if (msg.type === "plansite:done") {
      offerFilters();
      state.more = !!msg.more;
      state.asked = false;
      state.pages = msg.pages;
      if (state.back && state.settle) state.settle();
      const el = result();
      if (!el) return;
      el.setAttribute("data-plansite-query", msg.query);
      el.setAttribute("data-plansite-pages", String(msg.pages));  // Material shows them ten at a time
      const meta = el.querySelector(".md-search-result__meta");
      if (meta && msg.more) meta.textContent = `${msg.total} 个页面含有所查的词,已列出前 ${msg.pages} 个,向下滚动查看更多`;
    }
  }

  // --- filters -------------------------------------------------------------------------------

  // a button above the results; the filter values are loaded when it is pressed (at 700 plans the unit
  // filter alone is bigger than a query's whole answer)
  function offerFilters() {
    const output = document.querySelector(".md-search__output");
    if (!output || output.querySelector(".plansite-filters")) return;
    const bar = document.createElement("div");
    bar.className = "plansite-filters";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "筛选搜索结果");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "plansite-filters-open";
    open.textContent = "筛选:类型、年份、地区、单位、领域";
    open.addEventListener("click", () => {
      open.disabled = true;
      open.textContent = "正在载入筛选项…";
      send({type: "plansite:want-filters"});
    });
    bar.append(open);
    output.prepend(bar);
  }

  function showFilters(values) {
    const bar = document.querySelector(".plansite-filters");
    if (!bar || bar.querySelector("select")) return;
    bar.textContent = "";
    for (const name of FILTERS) {
      const options = Object.entries(values[name] || {}).filter(([v]) => v);
      if (!options.length) continue;  // a filter no page has (地区 of anonymised plans) is not shown
      options.sort(([a], [b]) => name === "年份" ? b.localeCompare(a) : a.localeCompare(b, "zh-CN"));
      const select = document.createElement("select");
      select.name = name;
      select.setAttribute("aria-label", `按${name}筛选`);
      select.append(new Option(`全部${name}`, ""));
      for (const [value, count] of options) select.append(new Option(`${value}(${count})`, value));
      select.addEventListener("change", () => {
        state.filters = {};
        for (const s of bar.querySelectorAll("select")) if (s.value) state.filters[s.name] = [s.value];
        const el = result();
        if (el) el.removeAttribute("data-plansite-query");  // the answer shown is the unfiltered one
        send({type: "plansite:filters", filters: state.filters});
      });
      bar.append(select);
    }
    const first = bar.querySelector("select");
    if (first) first.focus();
  }

  // --- more results ----------------------------------------------------------------------------

  function watchScroll() {
    const wrap = document.querySelector(".md-search__scrollwrap");
    if (!wrap) return;
    wrap.addEventListener("scroll", () => {
      if (!state.more || state.asked) return;
      // Material shows the pages it has ten at a time as the list is scrolled; ask for more only once it
      // shows them all, or every scroll would reload the list and Material would start again at ten
      if (document.querySelectorAll(".md-search-result__item").length < state.pages) return;
      if (wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 200) {
        state.asked = true;
        // the longer list comes as a new answer, which Material shows from its top: where the reader was
        state.back = {shown: document.querySelectorAll(".md-search-result__item").length, top: wrap.scrollTop};
        send({type: "plansite:more"});
      }
    }, {passive: true});
  }

  // Material adds the next four results when "the list is at its end" turns true (scrolled to within
  // 16 px of the end), and works that out on scroll events only. Results added below the reader leave it
  // true until the reader scrolls, and a scroll straight to the end then changes nothing: so each change
  // of the list is told to Material as a scroll event. A list rendered again (more pages arrived) starts
  // at its top with ten results: it is scrolled to its end until it shows as many as the reader had seen,
  // then back to where the reader was; a list at its end with more to show steps back past that margin
  // and forth again, as the reader's own scrolling would.
  const MARGIN = 17;

  function keepShowing() {
    const wrap = document.querySelector(".md-search__scrollwrap");
    const list = document.querySelector(".md-search-result__list");
    if (!wrap || !list) return;
    let waiting = false;
    // a scroll that reaches the end from above it; Material reads the scroll position once a frame, so
    // "above" and "at the end" are frames apart
    const toEnd = () => {
      if (wrap.scrollTop + wrap.clientHeight < wrap.scrollHeight - MARGIN + 1) wrap.dispatchEvent(new Event("scroll"));
      else if (wrap.scrollTop >= MARGIN) wrap.scrollTop -= MARGIN;
      else return;
      requestAnimationFrame(() => requestAnimationFrame(() => { wrap.scrollTop = wrap.scrollHeight; }));
    };
    const settle = () => {
      waiting = false;
      const shown = list.querySelectorAll(":scope > .md-search-result__item").length;
      const atEnd = wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - MARGIN + 1;
      const more = shown > 0 && shown < (state.items || 0);  // Material has results it does not show yet
      if (!atEnd) wrap.dispatchEvent(new Event("scroll"));
      if (state.back && state.asked) return;  // the longer list has not come yet
      if (state.back) {
        if (more && shown < state.back.shown) return toEnd();
        wrap.scrollTop = state.back.top;
        state.back = null;
        state.settle();  // at the end again, with more to show
      } else if (more && atEnd) toEnd();
    };
    state.settle = () => {
      if (!waiting) {
        waiting = true;
        requestAnimationFrame(settle);
      }
    };
    new MutationObserver(state.settle).observe(list, {childList: true});
  }

  // --- file:// -----------------------------------------------------------------------------------

  const OFFLINE = "这是以本地文件(file://)方式打开的副本:浏览器不允许本地文件加载搜索索引,站内搜索在这里不能使用。" +
    "请通过网站地址访问,或在项目目录运行 make serve,再打开 http://127.0.0.1:8000/ 搜索。";

  function offline() {
    const input = document.querySelector("input.md-search__input");
    if (input) {
      input.placeholder = "本地文件副本不能搜索";
      input.disabled = true;
    }
    const note = document.createElement("div");
    note.className = "plansite-search-offline";
    note.setAttribute("role", "alert");
    note.hidden = true;
    note.textContent = OFFLINE;
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "知道了";
    close.addEventListener("click", () => { note.hidden = true; });
    note.append(" ", close);
    document.body.append(note);
    const show = () => { note.hidden = false; };
    // where the search box would be (Material hides it when its worker cannot start): a button saying so
    const button = document.createElement("button");
    button.type = "button";
    button.className = "plansite-search-offline-button";
    button.textContent = "本地副本不能搜索";
    button.title = OFFLINE;
    button.addEventListener("click", show);
    const box = document.querySelector(".md-header__inner [data-md-component=search]");
    if (box) box.before(button);
    for (const label of document.querySelectorAll("label[for=__search]")) label.addEventListener("click", show);
    const toggle = document.getElementById("__search");
    if (toggle) toggle.addEventListener("change", () => { if (toggle.checked) show(); });
    document.addEventListener("keydown", ev => {
      if (["/", "s", "f"].includes(ev.key) && !(ev.target instanceof HTMLInputElement)) show();
    });
  }

  function start() {
    if (location.protocol === "file:") return offline();
    const input = document.querySelector("input.md-search__input");
    if (input) {
      input.addEventListener("focus", () => send({type: "plansite:warm"}), {once: true});
      input.addEventListener("input", () => { state.back = null; });  // a new query starts at its top
    }
    watchScroll();
    keepShowing();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
