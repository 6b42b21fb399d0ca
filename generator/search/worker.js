/* The site search worker: takes the place of Material's lunr worker and answers its messages.
 *
 * Material's bundle (the header search box, its keyboard, result list and highlighting) talks to its
 * worker in four messages: SETUP (0) with the lunr index -> READY (1); QUERY (2) with the typed text ->
 * RESULT (3) with groups of result items, one group per page, the page's own item first. This worker
 * answers READY at once (nothing is loaded before the first keystroke); at the first query it loads the
 * name table (search/names.json: every written form of a unit's or sector's name -> its page) and
 * Pagefind (pagefind/pagefind.js, which fetches only the index chunks and page fragments a query needs).
 *
 * A query is answered twice: the name table's pages at once, then those followed by Pagefind's pages,
 * each with the sections (tasks) that contain every word of the query. Results beyond the first PAGE
 * pages are loaded when the reader scrolls to the end of the list (plansite-search.js asks for them).
 * The page script (overrides/assets/javascripts/plansite-search.js) talks to this worker too, in
 * messages whose type is a string (Material ignores them): plansite:warm (the box has the focus),
 * plansite:want-filters, plansite:filters and plansite:more come in; plansite:filter-values and
 * plansite:done (a query fully answered, with the count) go out. plansite:done also carries `steps`: when
 * each step of the answer finished, in ms after the query reached the worker (benchmarks/scale.py
 * --search prints them; a reader never sees them).
 */
"use strict";

const SITE = new URL("../../../", self.location.href);  // assets/javascripts/workers/ -> the site root
const PAGE = 10;  // pages whose text (Pagefind fragment) is loaded per step
const FIRST = 4;  // of which shown before the others have arrived
const MAX_NAMES = 6;  // pages the name table may put first
const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;

// a message of ours to the page script (Material's bundle ignores types it does not know)
const tell = msg => postMessage({...msg, type: `plansite:${msg.type}`});
let names = null, loading = null;
let language = "zh";  // the index's language, from Material's search config (SETUP)
let filters = {};
let current = {query: "", seq: 0, shown: PAGE, at: 0, steps: {}};

// the time a step of the current answer finished (the first time only), in ms after the query came in
function step(seq, name) {
  if (seq === current.seq && !(name in current.steps)) current.steps[name] = Math.round(performance.now() - current.at);
}

// --- loading ------------------------------------------------------------------------------

function loadNames() {
  if (!names)
    names = fetch(new URL("search/names.json", SITE)).then(r => r.ok ? r.json() : {targets: [], forms: {}})
      .catch(() => ({targets: [], forms: {}}))
      .then(table => ({...table, longest: Math.max(0, ...Object.keys(table.forms).map(f => f.length))}));
  return names;
}

function loadPagefind() {
  // Pagefind picks its index, and whether to cut the query into words, by the page's <html lang>; a
  // worker has no document, so it is told the language the site is written in
  if (typeof document === "undefined")
    self.document = {querySelector: sel => sel === "html" ? {getAttribute: name => name === "lang" ? language : null} : null};
  // Pagefind starts once the name table is in: its start (reading the index's metadata, which lists every
  // page) holds the worker for tens of ms at 700 plans, and the names must not wait behind it
  if (!loading)
    loading = loadNames().then(() => import(new URL("pagefind/pagefind.js", SITE).href)).then(async pf => {
      // no ranking by page length: a duty sheet of a few rows would otherwise outrank the long plans whose
      // tasks those rows are (Pagefind's BM25 favours short pages), and a topic must find every plan first
      await pf.options({basePath: new URL("pagefind/", SITE).href, baseUrl: "/", excerptLength: 40,
                        ranking: {pageLength: 0}});
      await pf.init();
      return pf;
    });
  return loading;
}

// --- text ------------------------------------------------------------------------------------

const ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'"};

function plain(html) {
  return String(html || "").replace(/<[^>]*>/g, "").replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, e => ENTITIES[e]);
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"})[c]);
}

function normalize(text) {
  return String(text || "").normalize("NFKC").replace(/\s+/g, "");
}

// the query's words: the longest names and sector words of the name table first (燃气安全 -> 燃气 安全,
// 危险化学品 stays whole), what is left cut by the browser's word segmenter
const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("zh", {granularity: "word"}) : null;

function segment(run, out) {
  if (!run) return;
  if (!segmenter) {
    out.push(run);
    return;
  }
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
}

function words(query, table) {
  const out = [];
  const forms = table ? table.forms : {};
  const longest = table ? table.longest || 0 : 0;
  for (const part of String(query).normalize("NFKC").split(/[\s,，、;；。:：]+/)) {
    let rest = "";
    for (let i = 0; i < part.length;) {
      let found = "";
      for (let n = Math.min(longest, part.length - i); n >= 2 && !found; n--)
        if (Object.prototype.hasOwnProperty.call(forms, part.slice(i, i + n))) found = part.slice(i, i + n);
      if (found) {
        segment(rest, out);
        rest = "";
        out.push(found);
        i += found.length;
      } else rest += part[i++];
    }
    segment(rest, out);
  }
  return [...new Set(out)];
}

function containsAll(text, query, list) {
  const t = normalize(text).toLowerCase();
  return list.every(w => t.includes(w.toLowerCase())) || t.includes(normalize(query).toLowerCase());
}

// the text with every query word marked, escaped first: plan text never reaches the page as HTML
function highlight(text, list) {
  let out = escape(text);
  const sorted = [...list].sort((a, b) => b.length - a.length).map(w => escape(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (sorted.length) out = out.replace(new RegExp(`(${sorted.join("|")})`, "gi"), "<mark>$1</mark>");
  return out;
}

function clean(title) {
  return plain(title).replace(/¶\s*$/, "").trim();
}

// --- the name table ------------------------------------------------------------------------------

// pages whose name (or a written form, or a sector word) is the query, starts with it, or is in it
function nameHits(table, query) {
  const q = normalize(query);
  if (q.length < 2) return [];
  const best = new Map();  // target -> [class, rank, -form length]
  const before = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const note = (target, cls, rank, len) => {
    const key = [cls, rank, -len], old = best.get(target);
    if (!old || before(key, old) < 0) best.set(target, key);
  };
  for (const [form, entries] of Object.entries(table.forms)) {
    // the query itself, then names it begins (消防救援 -> 消防救援支队), then names inside it
    let cls = -1;
    if (form === q) cls = 0;
    else if (form.startsWith(q)) cls = 1;
    else if (q.includes(form)) cls = 2;
    if (cls < 0) continue;
    for (const [target, rank] of entries) note(target, cls, rank, form.length);
  }
  const order = (a, b) => before(a[1], b[1]) || a[0] - b[0];
  return [...best.entries()].sort(order).slice(0, MAX_NAMES)
    .map(([target, key]) => ({path: table.targets[target][0], title: table.targets[target][1],
                              kind: table.targets[target][2], exact: key[0] === 0}));
}

// a name hit under the filters chosen: the name table knows a page's kind and name, not its years or places
function passes(hit) {
  const chosen = name => (filters[name] || []).filter(Boolean);
  if (chosen("年份").length || chosen("地区").length) return false;
  if (chosen("类型").length && !chosen("类型").includes(hit.kind)) return false;
  if (chosen("单位").length && !(hit.kind === "单位" && chosen("单位").includes(hit.title))) return false;
  if (chosen("领域").length && !(hit.kind === "领域" && chosen("领域").includes(hit.title))) return false;
  return true;
}

function nameGroup(hit, list, score) {
  return [{location: hit.path, title: highlight(hit.title, list), text: escape(hit.kind), score,
           terms: Object.fromEntries(list.map(w => [w, true]))}];
}

// --- full text -------------------------------------------------------------------------------------

function relative(url) {
  return String(url || "").replace(/^\/+/, "");
}

// the text around the first word of the query found in `text`, about AROUND characters each side
const AROUND = 40;

function excerpt(text, list) {
  const t = String(text).replace(/\s+/g, " ").trim();
  let at = -1;
  for (const w of list) {
    at = t.toLowerCase().indexOf(w.toLowerCase());
    if (at >= 0) break;
  }
  if (at < 0) at = 0;
  const start = Math.max(0, at - AROUND), end = Math.min(t.length, at + AROUND * 2);
  return (start > 0 ? "…" : "") + t.slice(start, end) + (end < t.length ? "…" : "");
}

// a page's text cut at its headings and duty rows: [{id, element, title, body}], from Pagefind's fragment
// (whose raw_content has its words between zero-width spaces, and each anchor the index of its first
// word). A heading's title is its text; a duty row (a <tr>: generator/search/markup.py indexes only its
// task's heading) has no text of its own in the fragment, so its words are its title. The sections are
// cut from the text where their first words start, not from an array of all its words (a sector page at
// 700 plans has tens of thousands).
function sections(data) {
  const raw = String(data.raw_content || data.content || "");
  const anchors = (data.anchors || []).filter(a => a.id && (/^h\d$/i.test(a.element) ? String(a.text || "").trim()
                                                                                         : /^tr$/i.test(a.element)))
    .sort((a, b) => a.location - b.location);
  const zws = raw.includes("\u200b");
  const starts = [];  // where the word at each anchor's location starts in `raw`
  if (zws) {
    let at = 0, word = 0;
    for (const a of anchors) {
      while (word < a.location && at < raw.length) {
        const next = raw.indexOf("\u200b", at);
        at = next < 0 ? raw.length : next + 1;
        word++;
      }
      starts.push(at);
    }
  }
  const tokens = zws ? null : raw.split(/\s+/);
  return anchors.map((a, i) => {
    const end = i + 1 < anchors.length;
    const text = zws ? raw.slice(starts[i], end ? starts[i + 1] : raw.length).replace(/\u200b/g, "")
      : tokens.slice(a.location, end ? anchors[i + 1].location : tokens.length).join(" ");
    const element = a.element.toLowerCase();
    // Pagefind ends the row's last block with ". "
    if (element === "tr") return {id: a.id, element, title: clean(text).replace(/\s*\.$/, ""), body: ""};
    const title = clean(a.text);
    // Pagefind ends each block (the heading) with ". ": the excerpt starts after it
    const body = (text.startsWith(title) ? text.slice(title.length) : text).replace(/^[\s.]+/, "");
    return {id: a.id, element, title, body};
  });
}

// one page's group: the page, then its sections (tasks) holding every word of the query, in page order
function pageGroup(data, query, list, score) {
  if (!containsAll(data.content, query, list)) return null;
  const terms = Object.fromEntries(list.map(w => [w, true]));
  const path = relative(data.url).replace(/#.*$/, "");
  const title = clean(data.meta && data.meta.title);
  const items = [{location: path, title: highlight(title, list), text: highlight(excerpt(data.content, list), list),
                  score, terms}];
  let shown = 0;
  for (const section of sections(data)) {
    // a duty row is the task of the unit and place the sheet's title names: those words may be there
    const own = section.element === "tr" ? `${title} ${section.title}` : section.title + section.body;
    if (section.element === "h1" || !containsAll(own, query, list)) continue;
    // the first sections are shown; Material folds those scored below the page into "more"
    items.push({location: `${path}#${section.id}`, title: highlight(section.title, list),
                text: section.body ? highlight(excerpt(section.body, list), list) : "", score: shown < 3 ? score : score / 2, terms});
    shown++;
  }
  return items;
}

async function fullText(query, list, seen, seq, partial) {
  const pf = await loadPagefind();
  step(seq, "pagefind");
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v && v.length));
  const search = await pf.search(query, {filters: active});
  if (seq !== current.seq) return null;
  step(seq, "search");
  const groups = [];
  const results = search.results;
  const loaded = Math.min(results.length, current.shown);
  // the fragments of a step are fetched together, the first FIRST of them on their own, so the best
  // pages show while the rest are on their way
  for (const [from, to] of [[0, Math.min(FIRST, loaded)], [Math.min(FIRST, loaded), loaded]]) {
    if (from >= to) continue;
    const pages = await Promise.all(results.slice(from, to).map(r => r.data()));
    if (seq !== current.seq) return null;
    step(seq, from ? "fragments" : "first_fragments");
    pages.forEach((data, i) => {
      const group = pageGroup(data, query, list, results[from + i].score);
      if (!group) return;
      const index = seen.get(group[0].location);
      if (index !== undefined) {  // a page the name table put first: its sections join it
        seen.get("groups")[index].push(...group.slice(1));
        return;
      }
      groups.push(group);
    });
    if (to < loaded && current.shown === PAGE && groups.length) partial(groups);  // more pages of a query shown: no shorter list
  }
  return {groups, total: results.length, loaded};
}

// --- answering -------------------------------------------------------------------------------------

async function answer(query, seq) {
  const table = await loadNames();
  if (seq !== current.seq) return;
  step(seq, "names");
  const list = words(query, table);
  const nameGroups = nameHits(table, query).filter(passes).map(hit => nameGroup(hit, list.length ? list : [normalize(query)], 1e6));
  if (nameGroups.length && current.shown === PAGE) post(seq, nameGroups);
  const seen = new Map(nameGroups.map((g, i) => [g[0].location, i]));
  seen.set("groups", nameGroups);
  let found = null;
  try {
    found = await fullText(query, list.length ? list : [normalize(query)], seen, seq,
                           groups => post(seq, [...nameGroups, ...groups]));
  } catch (err) {
    console.warn("plansite search:", err);
    found = {groups: [], total: 0, loaded: 0};
  }
  if (!found || seq !== current.seq) return;
  const items = [...nameGroups, ...found.groups];
  post(seq, items);
  step(seq, "done");
  tell({type: "done", query, pages: items.length, total: found.total + nameGroups.length,
                       more: found.loaded < found.total, steps: {...current.steps, at: performance.timeOrigin + current.at}});
}

// a RESULT for Material; the first one with results is the step "first" (what the reader sees first)
function post(seq, items) {
  postMessage({type: RESULT, data: {items}});
  if (items.length) step(seq, "first");
}

function ask(query) {
  current = {query, seq: current.seq + 1, shown: PAGE, at: performance.now(), steps: {}};
  if (!normalize(query)) {
    postMessage({type: RESULT, data: {items: []}});
    return;
  }
  answer(query, current.seq);
}

addEventListener("message", ev => {
  const msg = ev.data || {};
  if (msg.type === SETUP) {
    const lang = msg.data && msg.data.config && msg.data.config.lang;
    if (Array.isArray(lang) && lang.length) language = String(lang[0]);
    postMessage({type: READY});
  }
  else if (msg.type === QUERY) ask(String(msg.data || ""));
  else if (msg.type === "plansite:want-filters") {
    // asked for when the reader opens the filters: their values are an index of their own, as big as
    // the number of units, so no query loads them
    loadPagefind().then(pf => pf.filters()).then(values => tell({type: "filter-values", filters: values}));
  } else if (msg.type === "plansite:warm") {
    loadNames();
    loadPagefind();
  } else if (msg.type === "plansite:filters") {
    filters = msg.filters || {};
    if (normalize(current.query)) ask(current.query);
  } else if (msg.type === "plansite:more" && normalize(current.query)) {
    current = {...current, seq: current.seq + 1, shown: current.shown + PAGE, at: performance.now(), steps: {}};
    answer(current.query, current.seq);
  }
});
