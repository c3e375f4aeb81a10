// glossary's review page: search as you type, an entry view, a review queue, decisions.
// Plain DOM, no framework and nothing from the network but this server's own API.
"use strict";

const params = new URLSearchParams(location.search);
const token = params.get("token") || sessionStorage.getItem("glossary-token") || "";
if (token) sessionStorage.setItem("glossary-token", token);
const $ = (selector) => document.querySelector(selector);
const CHINESE = /^zh/;
const DECISIONS = [["preferred", "Prefer"], ["admitted", "Approve"], ["deprecated", "Deprecate"],
                   ["rejected", "Reject"]];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false)
      node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST",
    headers: {"Content-Type": "application/json", "X-Glossary-Token": token},
    body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  let data = {};
  try { data = await response.json(); } catch (err) { data = {error: response.statusText}; }
  return {ok: response.ok, status: response.status, data};
}

function say(text, problem = false) {
  const message = $("#message");
  message.textContent = text;
  message.classList.toggle("problem", problem);
}

function statusBadge(term) {
  // Lookup objects carry the stored status (needsReview); entries also its name.
  const name = term.status_name || (term.status === "needsReview" ? "needs-review" : term.status) || "unmarked";
  return el("span", {class: `status status-${name}`}, name);
}

function langOf(term) {
  return term.lang;
}

// --- search -------------------------------------------------------------------------------

function summary(concept, extra = []) {
  const zh = concept.terms.find((t) => t.lang === "zh-Hans");
  const pinyin = concept.terms.find((t) => t.lang === "zh-Latn-pinyin");
  const others = concept.terms.filter((t) => !CHINESE.test(t.lang));
  return el("li", {class: "hit", tabindex: "0", "data-id": concept.id,
                   onclick: () => openEntry(concept.id),
                   onkeydown: (e) => { if (e.key === "Enter") openEntry(concept.id); }},
    zh && el("span", {class: "zh", lang: "zh-Hans"}, zh.text),
    pinyin && el("span", {class: "pinyin", lang: "zh-Latn-pinyin"}, pinyin.text),
    el("span", {class: "renderings"},
       others.map((t) => el("span", {lang: langOf(t)}, `${t.lang} ${t.text} `, statusBadge(t), " "))),
    extra);
}

let searchTimer = null;
let searchSerial = 0;
async function search() {
  const query = $("#q").value.trim();
  const serial = ++searchSerial;
  if (!query) { $("#results").replaceChildren(); return; }
  const {ok, data} = await api(`/api/lookup?q=${encodeURIComponent(query)}`);
  if (serial !== searchSerial) return;  // a later keystroke has its own answer
  if (!ok) { say(data.error, true); return; }
  $("#results").replaceChildren(...(data.length ? data.map((c) => summary(c))
                                               : [el("li", {class: "none"}, "Nothing found.")]));
}

// --- the entry ----------------------------------------------------------------------------

let current = null;

async function openEntry(id) {
  const {ok, data} = await api(`/api/concepts/${encodeURIComponent(id)}`);
  if (!ok) { say(data.error, true); return; }
  render(data);
}

function highlighted(sentence, texts) {
  // Every term of the entry found in the sentence is marked, longest first where two overlap.
  const needles = [...new Set(texts)].filter((t) => t).sort((a, b) => b.length - a.length);
  const lower = sentence.toLowerCase();
  const parts = [];
  let at = 0;
  while (at < sentence.length) {
    let best = null;
    for (const needle of needles) {
      const found = lower.indexOf(needle.toLowerCase(), at);
      if (found >= 0 && (best === null || found < best[0])) best = [found, needle.length];
    }
    if (best === null) break;
    parts.push(sentence.slice(at, best[0]), el("mark", {}, sentence.slice(best[0], best[0] + best[1])));
    at = best[0] + best[1];
  }
  parts.push(sentence.slice(at));
  return parts;
}

function evidenceList(concept) {
  // One item per sentence (a zh term and its English were usually seen in the same one).
  const seen = new Map();
  for (const term of concept.terms) {
    for (const e of term.evidence) {
      if (!e.context) continue;
      const key = `${e.file}:${e.line}:${e.context}`;
      if (!seen.has(key)) seen.set(key, {evidence: e, langs: new Set()});
      seen.get(key).langs.add(term.lang);
    }
  }
  const texts = concept.terms.map((t) => t.text);
  return [...seen.values()].map(({evidence: e, langs}) =>
    el("li", {}, el("blockquote", {lang: langs.size === 1 ? [...langs][0] : null},
                    highlighted(e.context, texts)),
       el("cite", {}, `${e.file}:${e.line}`, e.extractor ? ` · ${e.extractor}` : "")));
}

function seenMore(concept) {
  // The termbase shows a few contexts a term; the counts say how many more there are.
  const more = concept.terms.filter((t) => (t.occurrences || 0) > t.evidence.length)
    .map((t) => `${t.text} ${t.occurrences} times in ${t.documents} documents`);
  return more.length ? el("p", {class: "seen"}, `Seen: ${more.join("; ")} (the most informative `
    + "are shown; glossary lookup --evidence lists every one).") : null;
}

function who() {
  return $("#who").value.trim();
}

async function decide(term, status) {
  const note = $("#note") ? $("#note").value.trim() : "";
  const {ok, status: code, data} = await api(
    `/api/concepts/${encodeURIComponent(current.id)}/status`,
    {lang: term.lang, text: term.text, status, note, who: who(), version: current.version});
  afterChange(ok, code, data, `${term.text}: ${status}`);
}

function afterChange(ok, code, data, done) {
  if (code === 409) {
    say(`${data.error}. This is the entry as it is now.`, true);
    if (data.concept) render(data.concept);
    return;
  }
  if (!ok) { say(data.error || `error ${code}`, true); return; }
  say(done);
  if (data.terms && data.terms.length) render(data);
  else { $("#entry").replaceChildren(el("p", {}, `${data.id} is gone: its Chinese was rejected.`)); }
  refreshQueue();
  if ($("#q").value.trim()) search();
}

function startEdit(row, term) {
  const input = el("input", {value: term.text, class: "edit-text", "aria-label": "New text", lang: term.lang});
  const save = el("button", {type: "button", class: "save", onclick: async () => {
    const {ok, status: code, data} = await api(
      `/api/concepts/${encodeURIComponent(current.id)}/edit`,
      {lang: term.lang, text: term.text, new_text: input.value, who: who(),
       note: $("#note").value.trim(), version: current.version});
    afterChange(ok, code, data, `${term.text} → ${input.value}`);
  }}, "Save");
  row.querySelector(".text").replaceChildren(input, save);
  input.focus();
}

function suggestion(term) {
  // A possibly truncated Chinese term comes with the completion the build suggests.
  for (const note of current.notes) {
    const match = /^Suggested completion: (\S+)/.exec(note);
    if (match && CHINESE.test(term.lang) && match[1] !== term.text && match[1].startsWith(term.text))
      return match[1];
  }
  return null;
}

function termRow(term) {
  const derived = term.derived_from;
  const row = el("tr", {class: "term", "data-lang": term.lang, "data-text": term.text},
    el("td", {class: "lang"}, term.lang),
    el("td", {class: "text"}, el("span", {lang: term.lang}, term.text),
       term.type !== "fullForm" ? el("span", {class: "derived"}, ` (${term.type})`) : null,
       derived ? el("div", {class: "derived"}, "from ", el("span", {lang: "zh-Hans"}, derived)) : null),
    el("td", {}, statusBadge(term), term.flags.map((f) => el("span", {class: "flag"}, f))),
    el("td", {class: "actions"}));
  if (!derived) {
    const actions = row.querySelector(".actions");
    for (const [status, label] of DECISIONS) {
      actions.append(el("button", {type: "button", class: `decide-${status}`,
                                   onclick: () => decide(term, status)}, label));
    }
    actions.append(el("button", {type: "button", class: "edit", onclick: () => startEdit(row, term)}, "Edit"));
    const suggested = suggestion(term);
    if (suggested) {
      actions.append(el("button", {type: "button", class: "accept-suggestion", lang: term.lang, onclick: async () => {
        const {ok, status: code, data} = await api(
          `/api/concepts/${encodeURIComponent(current.id)}/edit`,
          {lang: term.lang, text: term.text, new_text: suggested, who: who(),
           note: $("#note").value.trim() || "suggested completion", version: current.version});
        afterChange(ok, code, data, `${term.text} → ${suggested}`);
      }}, `Use ${suggested}`));
    }
    if (current.terms.filter((t) => !t.derived_from).length > 1) {
      actions.append(el("button", {type: "button", class: "split", onclick: async () => {
        const {ok, status: code, data} = await api(
          `/api/concepts/${encodeURIComponent(current.id)}/split`,
          {lang: term.lang, text: term.text, who: who(), note: $("#note").value.trim()});
        afterChange(ok, code, data, `${term.text} split off`);
      }}, "Split off"));
    }
  }
  return row;
}

function render(concept) {
  current = concept;
  const entry = $("#entry");
  const rows = [];
  for (const term of concept.terms) {
    rows.push(termRow(term));
    if (term.history.length) {
      rows.push(el("tr", {class: "history-row"}, el("td"), el("td", {colspan: "3"},
        el("ul", {class: "history"}, term.history.map((h) =>
          el("li", {}, `${h.when} ${h.who}: ${h.what}${h.note ? " — " + h.note : ""}`))))));
    }
  }
  const evidence = evidenceList(concept);
  entry.replaceChildren(...[
    el("h2", {}, concept.terms.find((t) => t.lang === "zh-Hans")
      ? el("span", {lang: "zh-Hans"}, concept.terms.find((t) => t.lang === "zh-Hans").text)
      : concept.terms[0].text, " ", el("small", {class: "id"}, concept.id)),
    concept.notes.length ? el("div", {class: "notes"}, concept.notes.map((n) => el("p", {}, n))) : null,
    el("label", {}, "Note for your decision ", el("input", {id: "note", size: "40"})),
    el("table", {class: "terms"}, el("tbody", {}, rows)),
    el("h3", {}, "Where it was seen"),
    evidence.length ? el("ol", {class: "evidence"}, evidence) : el("p", {}, "No source (added by hand or imported)."),
    seenMore(concept),
    el("p", {}, el("label", {}, "Merge into concept ", el("input", {id: "merge-into", size: "16"})),
       el("button", {type: "button", onclick: async () => {
         const into = $("#merge-into").value.trim();
         const {ok, status: code, data} = await api(
           `/api/concepts/${encodeURIComponent(concept.id)}/merge`, {into, who: who()});
         afterChange(ok, code, data, `${concept.id} merged into ${into}`);
       }}, "Merge"))].filter((child) => child));
  entry.hidden = false;
}

// --- the review queue ---------------------------------------------------------------------

async function refreshQueue() {
  const {ok, data} = await api("/api/review");
  if (!ok) return;
  $("#review-count").textContent = `(${data.length})`;
  $("#queue").replaceChildren(...data.map((c) => summary(c,
    c.notes.map((n) => el("span", {class: "flag"}, n)))));
}

function showTab(name) {
  $("#search-pane").hidden = name !== "search";
  $("#review-pane").hidden = name !== "review";
  $("#tab-search").classList.toggle("current", name === "search");
  $("#tab-review").classList.toggle("current", name === "review");
}

document.addEventListener("DOMContentLoaded", () => {
  $("#who").value = localStorage.getItem("glossary-who") || "";
  $("#who").addEventListener("change", () => localStorage.setItem("glossary-who", who()));
  $("#q").addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 120);
  });
  $("#tab-search").addEventListener("click", () => showTab("search"));
  $("#tab-review").addEventListener("click", () => { showTab("review"); refreshQueue(); });
  refreshQueue();
});
