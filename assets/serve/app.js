// The script of `sengen serve`'s page: every block of the declaration, each
// language in its column; each message edited in place, checked as it is
// typed, saved into its .ftl; the pages previewed as the PDF will be; the
// files kept the truth (a change on disk is shown, never overwritten).
// Plain JavaScript, no build step. The declaration's text is only ever set
// as text (textContent, value), never as markup.
"use strict";

// The page's language: the one chosen last, else the browser's, else English.
function defaultUi() {
  const browser = (navigator.language || "en").slice(0, 2);
  return ["fr", "ja", "en"].includes(browser) ? browser : "en";
}
const state = { doc: null, words: {}, ui: localStorage.getItem("sengen-ui") || defaultUi(), previewVersion: 0 };
const checkTimers = new Map();
// Per cell, how many checks and saves were started: an answer to an
// earlier one than the latest is not shown.
const checkRounds = new Map();

function word(id) { return state.words[id] || id; }

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    credentials: "same-origin",
  });
  let data = null;
  try { data = await response.json(); } catch (_) { data = null; }
  return { status: response.status, data };
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function notice(text) { document.getElementById("notice").textContent = text; }

function cellOf(lang, id) { return document.querySelector(`.cell[data-lang="${CSS.escape(lang)}"][data-id="${CSS.escape(id)}"]`); }

// ---- Findings

function findingsList(findings) {
  const list = el("ul", { class: "findings" });
  for (const f of findings || []) {
    const item = el("li", { class: "finding", "data-code": f.code, "data-severity": f.severity },
      el("span", { class: "code", text: f.code }),
      el("span", { class: "message", text: f.message }));
    for (const hint of f.hints || []) item.append(el("span", { class: "hint", text: hint }));
    list.append(item);
  }
  return list;
}

function showFindings(cell, findings) {
  cell.querySelector(".findings").replaceWith(findingsList(findings));
  const fixable = (findings || []).some((f) => f.fixable);
  cell.querySelector(".fix").hidden = !fixable;
}

// ---- Blocks

function renderCell(block, lang, text) {
  const cell = el("div", { class: "cell", lang, "data-lang": lang, "data-id": block.id, "data-base": text.base || "" });
  const area = el("textarea", { class: "text", rows: Math.max(1, Math.ceil((text.text || "").length / 70)), lang, spellcheck: "true", "aria-label": `${word("kind-" + block.kind)} ${block.id} (${lang})` });
  area.value = text.text || "";
  area.addEventListener("input", () => {
    cell.classList.add("dirty");
    cell.querySelector(".saved-state").textContent = word("unsaved");
    clearTimeout(checkTimers.get(cell));
    checkTimers.set(cell, setTimeout(() => check(cell), 250));
  });
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(cell); }
  });
  const status = text.status
    ? el("span", { class: "status", "data-status": text.status, text: word("status-" + text.status) })
    : el("span", { class: "status", "data-status": "source", text: word("source-language") });
  const tools = el("div", { class: "tools" },
    status,
    el("button", { type: "button", class: "save primary", text: word("save"), onclick: () => save(cell) }),
    el("button", { type: "button", class: "fix", text: word("fix"), hidden: true, onclick: () => fix(cell) }),
    text.status && text.status !== "current" && text.status !== "missing"
      ? el("button", { type: "button", class: "review", text: word("mark-reviewed"), onclick: () => review(cell) })
      : null,
    el("span", { class: "saved-state" }));
  const reads = text.reads ? el("div", { class: "reads" }, el("span", { class: "reads-label", text: word("reads") + " " }), el("span", { text: text.reads })) : null;
  cell.append(area, reads || "", tools, el("ul", { class: "findings" }));
  showFindings(cell, text.findings);
  return cell;
}

function renderBlocks() {
  const doc = state.doc;
  const blocks = document.getElementById("blocks");
  blocks.replaceChildren();
  for (const block of doc.blocks) {
    const row = el("div", { class: `block ${block.kind}`, "data-place": block.place, style: `grid-template-columns: repeat(${doc.languages.length}, minmax(0, 1fr))` },
      el("div", { class: "kind", text: block.id === block.kind ? word("kind-" + block.kind) : `${word("kind-" + block.kind)} · ${block.id}` }));
    for (const language of doc.languages) row.append(renderCell(block, language.tag, block.texts[language.tag] || { text: "", status: "missing", findings: [] }));
    blocks.append(row);
  }
}

function renderFacts() {
  const facts = state.doc.facts;
  const form = document.getElementById("facts-form");
  form.replaceChildren();
  const field = (key, label, value, type) => el("label", {}, el("span", { text: label }),
    el("input", { name: key, type, value: value ?? "" }));
  if (facts.meeting) {
    form.append(field("edition", word("meeting-edition"), facts.meeting.edition, "number"),
      field("opens", word("meeting-opens"), facts.meeting.opens, "date"),
      field("closes", word("meeting-closes"), facts.meeting.closes, "date"));
  }
  form.append(field("adoption", word("adoption-date"), facts.adoption.date, "date"));
  for (const d of facts.delegations) {
    const input = field("count-" + d.id, `${word("delegation-count")} · ${d.id}`, d.count, "number");
    if (!d.editable) input.querySelector("input").disabled = true;
    form.append(input);
  }
  form.append(el("div", {}, el("button", { type: "button", class: "primary", id: "save-facts", text: word("save-facts"), onclick: saveFacts })),
    findingsList(facts.findings));
}

function renderProblems() {
  const doc = state.doc;
  const broken = document.getElementById("broken");
  broken.hidden = !doc.broken;
  broken.replaceChildren();
  if (doc.broken) broken.append(el("strong", { text: word("broken") }), findingsList(doc.broken));
  const problems = document.getElementById("problems");
  problems.hidden = !doc.problems.length;
  problems.replaceChildren(el("strong", { text: word("problems") }), findingsList(doc.problems));
}

function renderWords() {
  for (const node of document.querySelectorAll("[data-word]")) node.textContent = word(node.dataset.word);
  document.getElementById("heading").textContent = word("page-heading");
  document.getElementById("build").textContent = word("build");
  document.documentElement.lang = state.ui;
}

function render() {
  const doc = state.doc;
  document.getElementById("declaration-id").textContent = doc.id;
  renderWords();
  renderFacts();
  renderProblems();
  renderBlocks();
  const layout = document.getElementById("layout");
  const chosen = layout.value;
  layout.replaceChildren(...doc.layouts.map((l) => el("option", { value: l, text: l })));
  if (doc.layouts.includes(chosen)) layout.value = chosen;
}

async function load() {
  const { status, data } = await api("GET", `/api/state?ui=${encodeURIComponent(state.ui)}`);
  if (status !== 200) { notice(`${status}`); return; }
  state.doc = data;
  state.words = data.words;
  render();
}

// ---- Editing

function payload(cell) {
  return { lang: cell.dataset.lang, id: cell.dataset.id, text: cell.querySelector(".text").value, base: cell.dataset.base, ui: state.ui };
}

async function check(cell) {
  const round = (checkRounds.get(cell) || 0) + 1;
  checkRounds.set(cell, round);
  const { status, data } = await api("POST", "/api/check", payload(cell));
  if (status === 200 && checkRounds.get(cell) === round) showFindings(cell, data.findings);
}

async function fix(cell) {
  const { status, data } = await api("POST", "/api/fix", payload(cell));
  if (status !== 200) return;
  cell.querySelector(".text").value = data.text;
  cell.classList.add("dirty");
  showFindings(cell, data.findings);
}

function conflict(cell, theirs) {
  cell.querySelector(".conflict")?.remove();
  const box = el("div", { class: "conflict", role: "alert" }, el("span", { text: word("conflict") + " " }),
    el("button", { type: "button", class: "take-theirs", text: word("conflict-theirs"), onclick: () => {
      cell.querySelector(".text").value = theirs.text;
      cell.dataset.base = theirs.base;
      cell.classList.remove("dirty");
      box.remove();
    } }),
    el("button", { type: "button", class: "keep-mine", text: word("conflict-mine"), onclick: () => { cell.dataset.base = theirs.base; box.remove(); save(cell); } }));
  cell.prepend(box);
}

async function save(cell) {
  // A check still to run, or on its way, would answer for a text older
  // than the one saved: it is dropped, and what Save finds is shown.
  clearTimeout(checkTimers.get(cell));
  checkRounds.set(cell, (checkRounds.get(cell) || 0) + 1);
  const body = { ...payload(cell), layout: document.getElementById("layout").value, ui: state.ui };
  const { status, data } = await api("POST", "/api/save", body);
  if (status === 409) { conflict(cell, data.current); return; }
  if (status === 422) { showFindings(cell, data.findings); return; }
  if (status !== 200) { notice(`${status}`); return; }
  const place = cell.closest(".block").dataset.place;
  state.doc = data.state;
  render();
  const saved = cellOf(body.lang, body.id);
  if (saved) saved.querySelector(".saved-state").textContent = word("saved");
  if (data.preview) showPreview(data.preview, body.lang, place);
}

async function review(cell) {
  const { status, data } = await api("POST", "/api/review", { lang: cell.dataset.lang, id: cell.dataset.id, ui: state.ui });
  if (status === 200) { state.doc = data; render(); }
}

async function saveFacts() {
  const form = document.getElementById("facts-form");
  const value = (name) => form.elements[name]?.value;
  const counts = {};
  for (const d of state.doc.facts.delegations) if (d.editable) counts[d.id] = Number(value("count-" + d.id));
  const body = { adoption: value("adoption"), counts, ui: state.ui, layout: document.getElementById("layout").value };
  if (state.doc.facts.meeting) Object.assign(body, { edition: Number(value("edition")), opens: value("opens"), closes: value("closes") });
  const { status, data } = await api("POST", "/api/facts", body);
  if (status === 200) { state.doc = data.state; render(); if (data.preview) showPreview(data.preview); }
  else if (data && data.findings) form.replaceChildren(...form.children, findingsList(data.findings));
}

// ---- Preview

function showPreview(preview, lang, place) {
  const pane = document.getElementById("preview");
  const pages = pane.children;
  preview.pages.forEach((svg, i) => {
    let page = pages[i];
    if (!page) { page = el("div", { class: "page", "data-page": i + 1 }); pane.append(page); }
    if (page.dataset.svg !== String(svg.length) + ":" + svg.slice(-64)) {
      page.innerHTML = svg;
      page.dataset.svg = String(svg.length) + ":" + svg.slice(-64);
    }
    page.classList.remove("edited");
  });
  while (pane.children.length > preview.pages.length) pane.lastChild.remove();
  state.previewVersion += 1;
  pane.dataset.version = String(state.previewVersion);
  pane.dataset.ms = String(preview.ms);
  if (place === undefined) return;
  const anchor = preview.anchors[`sengen-block-${lang}-${place}`]
    || Object.entries(preview.anchors).find(([label]) => label.endsWith(`-${place}`))?.[1];
  if (!anchor) return;
  const page = pane.children[anchor.page - 1];
  if (!page) return;
  page.classList.add("edited");
  const y = page.offsetTop + (anchor.y / anchor.height) * page.clientHeight;
  pane.scrollTo({ top: Math.max(0, y - 40), behavior: "instant" });
}

async function preview() {
  const layout = document.getElementById("layout").value;
  const { status, data } = await api("GET", `/api/preview?layout=${encodeURIComponent(layout)}&ui=${encodeURIComponent(state.ui)}`);
  if (status === 200) showPreview(data);
}

// ---- Building, the files on disk

async function build() {
  const button = document.getElementById("build");
  button.disabled = true;
  button.textContent = word("building");
  const { status, data } = await api("POST", `/api/build?ui=${encodeURIComponent(state.ui)}`, {});
  button.disabled = false;
  button.textContent = word("build");
  const built = document.getElementById("built");
  built.replaceChildren();
  if (status !== 200) { built.append(findingsList(data && data.findings)); return; }
  built.append(el("span", { text: word("built") + " " }));
  for (const file of data.written) built.append(el("a", { href: `/pdf/${encodeURIComponent(file)}`, target: "_blank", rel: "noopener", text: file }));
}

async function changedOnDisk() {
  const { status, data } = await api("GET", `/api/state?ui=${encodeURIComponent(state.ui)}`);
  if (status !== 200) return;
  // Cells being edited keep what is typed; where the file changed under
  // them, they say so and let the person choose.
  const editing = [...document.querySelectorAll(".cell.dirty")].map((cell) => ({ cell, lang: cell.dataset.lang, id: cell.dataset.id, base: cell.dataset.base, text: cell.querySelector(".text").value }));
  state.doc = data;
  render();
  for (const e of editing) {
    const cell = cellOf(e.lang, e.id);
    if (!cell) continue;
    const theirs = data.blocks.find((b) => b.id === e.id)?.texts[e.lang];
    cell.querySelector(".text").value = e.text;
    cell.classList.add("dirty");
    if (theirs && theirs.base !== e.base) { cell.dataset.base = e.base; conflict(cell, theirs); }
  }
  notice(word("changed-on-disk"));
  preview();
}

document.getElementById("ui").value = state.ui;
document.getElementById("ui").addEventListener("change", (event) => { state.ui = event.target.value; localStorage.setItem("sengen-ui", state.ui); load(); });
document.getElementById("layout").addEventListener("change", preview);
document.getElementById("build").addEventListener("click", build);
const events = new EventSource("/api/events");
events.addEventListener("change", changedOnDisk);
load().then(preview);
