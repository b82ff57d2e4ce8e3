// The script of `sengen serve`'s page: every block of the declaration, each
// language in its column; each message edited in place as a person reads it
// (a fact as what it reads, a superscript raised), checked as it is typed
// by the same check as Save, saved into its .ftl; the pages previewed as the
// PDF will be, only those that changed sent again; the files kept the truth
// (a change on disk or from another window is shown, never overwritten).
// Nothing typed is lost: every unsaved text is kept in the browser until it
// is saved, through every redraw, a closed tab, a crash.
// Plain JavaScript, no build step. The declaration's text is only ever set
// as text (textContent, text nodes), never as markup; the preview's SVG is
// Typst's, made by this server.
"use strict";

// The page's language: the one chosen last, else the browser's, else English.
function defaultUi() {
  const browser = (navigator.language || "en").slice(0, 2);
  return ["fr", "ja", "en"].includes(browser) ? browser : "en";
}
const state = {
  doc: null,
  words: {},
  ui: localStorage.getItem("sengen-ui") || defaultUi(),
  previewVersion: 0,
  pages: [],
  factsDirty: false,
  // The last build's answer: its PDFs, where they are, its findings.
  built: null,
};
// This window, as the server tells the others of its saves.
const tabId = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
const checkTimers = new Map();
// Per cell, how many checks and saves were started: an answer to an
// earlier one than the latest is not shown.
const checkRounds = new Map();
// Each save's time from Save to the preview painted, and its bytes: read
// by benches/serve_browser.py.
window.sengenSaves = [];
// What a block holds now, in Fluent's syntax: read by the tests.
window.sengenSource = (lang, id) => { const cell = cellOf(lang, id); return cell ? currentSource(cell) : null; };

function word(id) { return state.words[id] || id; }
// A word with places for values (`{block}`): the translation orders it.
function wordWith(id, values) {
  return Object.entries(values).reduce((text, [name, value]) => text.split(`{${name}}`).join(value), word(id));
}

// A request to this server: `body` sent as JSON, or as it is when it is a
// file (a Blob); the status and the JSON answered, if any.
async function api(method, path, body) {
  const file = body instanceof Blob;
  const response = await fetch(path, {
    method,
    headers: body ? { "Content-Type": file ? "application/octet-stream" : "application/json" } : {},
    body: body ? (file ? body : JSON.stringify(body)) : undefined,
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

// A block as a person names it: its kind and its number among the blocks
// of that kind (« Paragraphe 2 », 段落 2), or its kind alone where the
// declaration has one (« Titre »); never the message's id.
function blockName(block) {
  const kind = word("kind-" + block.kind);
  const same = state.doc.blocks.filter((b) => b.kind === block.kind);
  if (same.length === 1) return kind;
  return wordWith("block-name", { kind, n: same.findIndex((b) => b.id === block.id) + 1 });
}

// ---- Unsaved texts, kept until saved

function draftsKey() { return `sengen-drafts:${state.doc ? state.doc.id : ""}`; }
function readDrafts() {
  try { return JSON.parse(localStorage.getItem(draftsKey()) || "{}"); } catch (_) { return {}; }
}
function draftOf(lang, id) { return readDrafts()[`${lang}\u0001${id}`]; }
function keepDraft(lang, id, text, base) {
  const drafts = readDrafts();
  drafts[`${lang}\u0001${id}`] = { text, base };
  localStorage.setItem(draftsKey(), JSON.stringify(drafts));
}
function dropDraft(lang, id) {
  const drafts = readDrafts();
  delete drafts[`${lang}\u0001${id}`];
  localStorage.setItem(draftsKey(), JSON.stringify(drafts));
}
window.addEventListener("beforeunload", (event) => {
  if (document.querySelector(".cell.dirty") || state.factsDirty) { event.preventDefault(); event.returnValue = ""; }
});

// ---- The editor: a message as a person reads it

// A message's text (its Fluent value) as pieces: text, a placeable (kept
// as written, shown as what it reads), a superscript.
function parseSource(source) {
  const pieces = [];
  let text = "";
  let i = 0;
  const flush = () => { if (text) { pieces.push({ text }); text = ""; } };
  while (i < source.length) {
    if (source.startsWith("<sup>", i)) {
      const end = source.indexOf("</sup>", i + 5);
      if (end >= 0) {
        flush();
        pieces.push({ sup: parseSource(source.slice(i + 5, end)) });
        i = end + 6;
        continue;
      }
    }
    if (source[i] === "{") {
      const end = placeableEnd(source, i);
      if (end > i) {
        const placeable = source.slice(i, end + 1);
        const literal = /^\{\s*"([{}])"\s*\}$/.exec(placeable);
        if (literal) text += literal[1];
        else { flush(); pieces.push({ placeable }); }
        i = end + 1;
        continue;
      }
    }
    text += source[i];
    i += 1;
  }
  flush();
  return pieces;
}

// Where the placeable opening at `start` closes (braces counted, string
// literals skipped); -1 when it does not.
function placeableEnd(source, start) {
  let depth = 0;
  let quoted = false;
  for (let i = start; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === "\\") i += 1;
      else if (c === "\"") quoted = false;
      else if (c === "\n") return -1;
      continue;
    }
    if (c === "\"") quoted = true;
    else if (c === "{") depth += 1;
    else if (c === "}") { depth -= 1; if (depth === 0) return i; }
  }
  return -1;
}

// A placeable as a chip: what it reads, and what it is.
function chip(placeable, lang) {
  const name = /^\{\s*([$-][A-Za-z][\w-]*)\s*\}$/.exec(placeable);
  const known = name && state.doc.variables && state.doc.variables[lang] && state.doc.variables[lang][name[1]];
  const reads = known ? known.reads : placeable.slice(1, -1).trim();
  const what = known ? known.what : word("placeable-expression");
  // What it reads may hold a superscript (8<sup>e</sup>): raised, as text.
  const shown = parseSource(reads).map((piece) => piece.sup
    ? el("sup", { text: piece.sup.map((p) => p.text || "").join("") })
    : document.createTextNode(piece.text || piece.placeable || ""));
  const plain = reads.replace(/<\/?sup>/g, "");
  return el("span", { class: "chip", contenteditable: "false", "data-source": placeable, "data-known": known ? "true" : "false", title: what, "aria-label": `${plain} (${what})` },
    el("span", { class: "chip-reads" }, ...shown),
    el("span", { class: "chip-what", lang: state.ui, text: what }));
}

function fillEditor(editor, source, lang) {
  const build = (pieces) => pieces.map((piece) => {
    if (piece.sup) return el("sup", { class: "sup" }, ...build(piece.sup));
    if (piece.placeable) return chip(piece.placeable, lang);
    return document.createTextNode(piece.text);
  });
  editor.replaceChildren(...build(parseSource(source)));
}

// The editor's content as the message's text: each chip as it was written,
// a superscript as <sup>…</sup>, a brace typed as text as Fluent writes it.
function editorSource(editor) {
  const walk = (node) => {
    let out = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.nodeValue.replace(/[{}]/g, (brace) => `{"${brace}"}`);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.classList.contains("chip")) out += child.dataset.source;
        else if (child.tagName === "SUP") out += `<sup>${walk(child)}</sup>`;
        else if (child.tagName === "BR") out += "\n";
        else if (child.tagName === "DIV" || child.tagName === "P") out += (out && !out.endsWith("\n") ? "\n" : "") + walk(child);
        else out += walk(child);
      }
    }
    return out;
  };
  // Two line breaks in a row are one: a blank line is no paragraph; one at
  // either end is none.
  return walk(editor).replace(/\n[ \t]*(?:\n[ \t]*)+/g, "\n").replace(/^\n+|\n+$/g, "");
}

function insertText(text) { document.execCommand("insertText", false, text); }

function makeEditor(cell, block, lang, source) {
  const editor = el("div", {
    class: "text", contenteditable: "true", role: "textbox", "aria-multiline": "true", lang, spellcheck: "true",
    "aria-label": `${blockName(block)} (${lang})`, "aria-describedby": `help-${lang}-${block.id}`,
  });
  fillEditor(editor, source, lang);
  let composing = false;
  editor.addEventListener("compositionstart", () => { composing = true; });
  editor.addEventListener("compositionend", () => { composing = false; edited(cell); });
  editor.addEventListener("input", (event) => { if (!composing && !event.isComposing) edited(cell); });
  editor.addEventListener("keydown", (event) => {
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(cell); return; }
    if (event.key === "Enter") {
      // A line break, read as a space (said under the block): never a
      // new entry of the file.
      event.preventDefault();
      insertText("\n");
      cell.querySelector(".help").hidden = false;
    }
  });
  editor.addEventListener("paste", (event) => {
    event.preventDefault();
    insertText((event.clipboardData || window.clipboardData).getData("text/plain"));
  });
  editor.addEventListener("drop", (event) => event.preventDefault());
  editor.addEventListener("keyup", () => rememberCaret(editor));
  editor.addEventListener("mouseup", () => rememberCaret(editor));
  return editor;
}

// The caret's place in each editor, for « Insert a fact » and « Superscript ».
const carets = new WeakMap();
function rememberCaret(editor) {
  const selection = window.getSelection();
  if (selection.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    carets.set(editor, selection.getRangeAt(0).cloneRange());
  }
}
function restoreCaret(editor) {
  editor.focus();
  const range = carets.get(editor);
  if (!range) return;
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

function insertPlaceable(cell, placeable) {
  if (cell.dataset.mode === "source") {
    const source = cell.querySelector(".source");
    source.focus();
    source.setRangeText(placeable, source.selectionStart, source.selectionEnd, "end");
    edited(cell);
    return;
  }
  const editor = cell.querySelector(".text");
  restoreCaret(editor);
  const selection = window.getSelection();
  const node = chip(placeable, cell.dataset.lang);
  if (selection.rangeCount && editor.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  } else {
    editor.append(node);
  }
  edited(cell);
}

function superscript(cell) {
  if (cell.dataset.mode === "source") {
    const source = cell.querySelector(".source");
    const chosen = source.value.slice(source.selectionStart, source.selectionEnd);
    if (!chosen) return;
    source.setRangeText(`<sup>${chosen}</sup>`, source.selectionStart, source.selectionEnd, "end");
    edited(cell);
    return;
  }
  const editor = cell.querySelector(".text");
  restoreCaret(editor);
  const selection = window.getSelection();
  if (!selection.rangeCount) return;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !editor.contains(range.commonAncestorContainer)) return;
  const sup = el("sup", { class: "sup" });
  try { range.surroundContents(sup); } catch (_) { return; }
  edited(cell);
}

// ---- Findings

function findingsList(findings, live) {
  const list = el("ul", { class: "findings", "aria-live": live ? "polite" : null });
  for (const f of findings || []) {
    const item = el("li", { class: "finding", "data-code": f.code, "data-severity": f.severity },
      f.code ? el("span", { class: "code", text: f.code }) : null,
      el("span", { class: "message", text: f.message }));
    for (const hint of f.hints || []) item.append(el("span", { class: "hint", text: hint }));
    list.append(item);
  }
  return list;
}

function showFindings(cell, findings) {
  const list = cell.querySelector(".findings");
  list.replaceChildren(...findingsList(findings).children);
  const fixable = (findings || []).some((f) => f.fixable);
  cell.querySelector(".fix").hidden = !fixable;
}

// ---- Blocks

function textOf(block, lang) { return block.texts[lang] || { text: "", status: "missing", findings: [] }; }

function renderCell(block, lang, text) {
  const cell = el("div", { class: "cell", lang, "data-lang": lang, "data-id": block.id, "data-base": text.base || "" });
  cell.dataset.saved = text.text || "";
  const draft = draftOf(lang, block.id);
  const editor = makeEditor(cell, block, lang, draft ? draft.text : (text.text || ""));
  const named = (button) => wordWith("named-button", { button, block: blockName(block) });
  const placeables = Object.entries((state.doc.variables || {})[lang] || {});
  const insert = placeables.length
    ? el("select", { class: "insert", "aria-label": named(word("insert-placeable")), onchange: (event) => {
        if (event.target.value) insertPlaceable(cell, `{ ${event.target.value} }`);
        event.target.value = "";
      } }, el("option", { value: "", text: word("insert-placeable") }),
      ...placeables.map(([name, v]) => el("option", { value: name, text: `${v.reads} (${v.what})` })))
    : null;
  const tools = el("div", { class: "tools" },
    el("span", { class: "status" }),
    el("button", { type: "button", class: "save primary", text: word("save"), "aria-label": named(word("save")), onclick: () => save(cell) }),
    el("button", { type: "button", class: "fix", text: word("fix"), "aria-label": named(word("fix")), hidden: true, onclick: () => fix(cell) }),
    el("button", { type: "button", class: "review", text: word("mark-reviewed"), "aria-label": named(word("mark-reviewed")), hidden: true, onclick: () => review(cell) }),
    el("span", { class: "editing-tools" },
      el("button", { type: "button", class: "superscript", text: word("superscript"), "aria-label": named(word("superscript")), onmousedown: (event) => event.preventDefault(), onclick: () => superscript(cell) }),
      insert),
    el("span", { class: "saved-state" }));
  const help = el("p", { class: "help", id: `help-${lang}-${block.id}`, text: word("line-break-note"), hidden: true });
  const source = el("textarea", { class: "source", lang, spellcheck: "false", hidden: true, rows: 3, "aria-label": `${blockName(block)} (${lang}, Fluent)` });
  source.value = draft ? draft.text : (text.text || "");
  source.addEventListener("input", () => edited(cell));
  source.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(cell); }
  });
  tools.querySelector(".editing-tools").append(el("button", { type: "button", class: "toggle-source", text: "Fluent", "aria-pressed": "false", "aria-label": named("Fluent"), onclick: () => toggleSource(cell) }));
  cell.dataset.mode = "visual";
  cell.append(editor, source, el("div", { class: "reads" }), tools, help, findingsList([], true));
  if (draft) cell.classList.add("dirty");
  updateCell(cell, block, text);
  // A kept text the file now says (saved meanwhile) was dropped as saved.
  if (draft && cell.classList.contains("dirty")) {
    cell.dataset.base = draft.base || "";
    cell.querySelector(".saved-state").textContent = word("draft-restored");
    if (draft.base !== (text.base || "")) conflict(cell, { text: text.text || "", base: text.base || "" }, draft.base);
    if (draft.text.includes("\n")) help.hidden = false;
    // What the kept text's check finds, as if just typed.
    setTimeout(() => check(cell), 0);
  }
  return cell;
}

// Brings a cell up to date with the file, keeping what is typed in it.
function updateCell(cell, block, text) {
  // What is typed here is now the file's (saved in another window): saved.
  if (cell.classList.contains("dirty") && !cell.querySelector(".conflict") && currentSource(cell) === (text.text || "")) {
    cell.classList.remove("dirty");
    cell.dataset.base = text.base || "";
    dropDraft(cell.dataset.lang, cell.dataset.id);
    cell.querySelector(".saved-state").textContent = word("saved");
  }
  const dirty = cell.classList.contains("dirty");
  if (!dirty && currentSource(cell) !== (text.text || "")) setSource(cell, text.text || "");
  if (!dirty) cell.dataset.base = text.base || "";
  cell.dataset.saved = text.text || "";
  const status = cell.querySelector(".status");
  status.dataset.status = text.status || "source";
  status.textContent = text.status ? word("status-" + text.status) : word("source-language");
  cell.querySelector(".review").hidden = !(text.status && text.status !== "current" && text.status !== "missing");
  // What the text reads, facts resolved: said only where a chip cannot say
  // it (an expression, not a fact or a term).
  const reads = cell.querySelector(".reads");
  const unknown = cell.querySelector('.chip[data-known="false"]');
  reads.replaceChildren(...(text.reads && unknown ? [el("span", { class: "reads-label", text: word("reads") + " " }), el("span", { text: text.reads })] : []));
  if (!dirty) showFindings(cell, text.findings);
}

function blockRow(block) {
  const doc = state.doc;
  const row = el("div", { class: `block ${block.kind}`, "data-place": block.place, "data-id": block.id, role: "group", "aria-label": blockName(block), style: `grid-template-columns: repeat(${doc.languages.length}, minmax(0, 1fr))` },
    el("div", { class: "kind", "aria-hidden": "true", text: blockName(block) }));
  for (const language of doc.languages) row.append(renderCell(block, language.tag, textOf(block, language.tag)));
  row.append(blockTools(block));
  return row;
}

function renderBlocks() {
  const focused = document.activeElement && document.activeElement.closest(".cell");
  const at = focused ? { lang: focused.dataset.lang, id: focused.dataset.id } : null;
  // What is typed lives in the drafts: rebuilding keeps it.
  document.getElementById("blocks").replaceChildren(...state.doc.blocks.map(blockRow));
  if (at) { const cell = cellOf(at.lang, at.id); if (cell) cell.querySelector(cell.dataset.mode === "source" ? ".source" : ".text").focus(); }
}

// A new state of the declaration: cells updated in place where the blocks
// are the same ones (nothing typed, no focus lost), rebuilt where not.
function applyDoc(doc) {
  const before = state.doc;
  state.doc = doc;
  const same = before && before.blocks.length === doc.blocks.length
    && before.blocks.every((b, i) => b.id === doc.blocks[i].id && b.kind === doc.blocks[i].kind)
    && JSON.stringify(before.languages) === JSON.stringify(doc.languages)
    && document.querySelector(".cell");
  if (same) for (const block of doc.blocks) updateBlock(block);
  else renderBlocks();
  renderFacts();
  renderProblems();
  renderLayouts();
}

function updateBlock(block) {
  for (const language of state.doc.languages) {
    const cell = cellOf(language.tag, block.id);
    if (cell) updateCell(cell, block, textOf(block, language.tag));
  }
}

// What a save, a review or the facts changed.
function applyUpdate(update) {
  if (update.whole) { applyDoc(update.whole); return; }
  for (const block of update.blocks) {
    state.doc.blocks[block.place] = block;
    updateBlock(block);
  }
  state.doc.facts = update.facts;
  state.doc.problems = update.problems;
  state.doc.broken = update.broken;
  state.doc.layouts = update.layouts;
  state.doc.variables = update.variables;
  renderFacts();
  renderProblems();
  renderLayouts();
}

// ---- The facts

function renderFacts() {
  const facts = state.doc.facts;
  const form = document.getElementById("facts-form");
  // Values being typed stay.
  const typed = {};
  if (state.factsDirty) for (const input of form.querySelectorAll("input")) typed[input.name] = input.value;
  form.replaceChildren();
  const byField = {};
  const elsewhere = [];
  for (const f of facts.findings || []) (f.field ? (byField[f.field] = byField[f.field] || []) : elsewhere).push(f);
  const field = (name, label, value, type) => {
    const input = el("input", { name, id: `fact-${name}`, type, value: typed[name] ?? value ?? "", "aria-describedby": `fact-${name}-findings`, "aria-invalid": byField[name] ? "true" : null,
      oninput: () => { state.factsDirty = true; showDate(input); } });
    const shown = el("span", { class: "date-shown", "aria-hidden": "true" });
    const box = el("div", { class: "fact" }, el("label", { for: `fact-${name}`, text: label }), input, type === "date" ? shown : null,
      el("div", { id: `fact-${name}-findings`, class: "fact-findings" }, findingsList(byField[name] || [], true)));
    if (type === "date") showDate(input);
    return box;
  };
  if (facts.meeting) {
    form.append(field("edition", word("meeting-edition"), facts.meeting.edition, "number"),
      field("opens", word("meeting-opens"), facts.meeting.opens, "date"),
      field("closes", word("meeting-closes"), facts.meeting.closes, "date"));
  }
  form.append(field("adoption", word("adoption-date"), facts.adoption.date, "date"));
  for (const d of facts.delegations) {
    const box = field("count-" + d.id, `${word("delegation-count")} · ${d.name || d.id}`, d.count, "number");
    if (!d.editable) box.querySelector("input").disabled = true;
    form.append(box);
  }
  form.append(el("div", { class: "fact-actions" }, el("button", { type: "button", class: "primary", id: "save-facts", text: word("save-facts"), onclick: saveFacts })),
    el("div", { id: "facts-findings" }, findingsList(elsewhere, true)));
}

// A date as the page's language writes it, beside the field.
function showDate(input) {
  const shown = input.parentElement && input.parentElement.querySelector(".date-shown");
  if (!shown) return;
  const [y, m, d] = (input.value || "").split("-").map(Number);
  shown.textContent = y && m && d ? new Intl.DateTimeFormat(state.ui, { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d)) : "";
}

async function saveFacts() {
  const form = document.getElementById("facts-form");
  const value = (name) => form.elements[name]?.value;
  // An emptied date is said at its field, not sent.
  const dates = ["adoption", ...(state.doc.facts.meeting ? ["opens", "closes"] : [])];
  const empty = dates.filter((name) => !value(name));
  if (empty.length) {
    state.doc.facts.findings = empty.map((name) => ({ code: "", severity: "error", message: word("date-required"), hints: [], field: name }));
    renderFacts();
    form.elements[empty[0]].focus();
    return;
  }
  const counts = {};
  for (const d of state.doc.facts.delegations) if (d.editable) counts[d.id] = Number(value("count-" + d.id));
  const body = { adoption: value("adoption"), counts, ui: state.ui, layout: currentLayout(), have: pageHashes(), tab: tabId };
  if (state.doc.facts.meeting) Object.assign(body, { edition: Number(value("edition")), opens: value("opens"), closes: value("closes") });
  const { status, data } = await api("POST", "/api/facts", body);
  if (status === 200) {
    state.factsDirty = false;
    applyUpdate(data.update);
    if (data.preview) showPreview(data.preview);
  } else if (data && data.findings) {
    // The refusal, at its fields, once.
    state.doc.facts.findings = data.findings;
    renderFacts();
  } else notice(`${status}`);
}

function renderProblems() {
  const doc = state.doc;
  const broken = document.getElementById("broken");
  broken.hidden = !doc.broken;
  broken.replaceChildren();
  if (doc.broken) broken.append(el("strong", { text: word("broken") }), findingsList(doc.broken));
  const problems = document.getElementById("problems");
  problems.hidden = !(doc.problems || []).length;
  problems.replaceChildren(el("strong", { text: word("problems") }), findingsList(doc.problems));
}

function renderLayouts() {
  const layout = document.getElementById("layout");
  const chosen = layout.value || localStorage.getItem("sengen-layout");
  layout.replaceChildren(...state.doc.layouts.map((l) => el("option", { value: l, text: l })));
  if (state.doc.layouts.includes(chosen)) layout.value = chosen;
}

function renderWords() {
  for (const node of document.querySelectorAll("[data-word]")) node.textContent = word(node.dataset.word);
  document.getElementById("heading").textContent = word("page-heading");
  document.getElementById("build").textContent = word("build");
  document.getElementById("preview").setAttribute("aria-label", word("preview-label"));
  document.documentElement.lang = state.ui;
}

function render() {
  document.getElementById("declaration-id").textContent = state.doc.id;
  renderWords();
  renderFacts();
  renderProblems();
  renderBlocks();
  renderLayouts();
  renderWork();
}

async function load() {
  const { status, data } = await api("GET", `/api/state?ui=${encodeURIComponent(state.ui)}`);
  if (status !== 200) { notice(`${status}`); return; }
  // No declaration yet: the page offers to start one (work.js).
  if (data.start) { state.words = data.words; renderWords(); showStart(data.start); return; }
  state.doc = data;
  state.words = data.words;
  render();
  if (state.built) showBuilt(state.built);
}

// ---- Editing

// The message's text as the cell holds it: from the editor, or as typed in
// Fluent's own syntax (the « Fluent » view, for those who write it).
function currentSource(cell) {
  return cell.dataset.mode === "source" ? cell.querySelector(".source").value : editorSource(cell.querySelector(".text"));
}

function setSource(cell, text) {
  cell.querySelector(".source").value = text;
  fillEditor(cell.querySelector(".text"), text, cell.dataset.lang);
}

function toggleSource(cell) {
  const toSource = cell.dataset.mode !== "source";
  const text = currentSource(cell);
  cell.dataset.mode = toSource ? "source" : "visual";
  setSource(cell, text);
  cell.querySelector(".text").hidden = toSource;
  cell.querySelector(".source").hidden = !toSource;
  cell.querySelector(".toggle-source").setAttribute("aria-pressed", String(toSource));
  const shown = toSource ? cell.querySelector(".source") : cell.querySelector(".text");
  shown.focus();
  // The caret where one goes on writing: at the end.
  if (!toSource) {
    const range = document.createRange();
    range.selectNodeContents(shown);
    range.collapse(false);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

function payload(cell) {
  return { lang: cell.dataset.lang, id: cell.dataset.id, text: currentSource(cell), base: cell.dataset.base, ui: state.ui, tab: tabId };
}

// Typed: kept at once, checked a moment later.
function edited(cell) {
  const { lang, id, text, base } = payload(cell);
  if (text === cell.dataset.saved && !cell.querySelector(".conflict")) {
    cell.classList.remove("dirty");
    cell.querySelector(".saved-state").textContent = "";
    dropDraft(lang, id);
  } else {
    cell.classList.add("dirty");
    cell.querySelector(".saved-state").textContent = word("unsaved");
    keepDraft(lang, id, text, base);
  }
  if (text.includes("\n")) cell.querySelector(".help").hidden = false;
  clearTimeout(checkTimers.get(cell));
  checkTimers.set(cell, setTimeout(() => check(cell), 250));
}

async function check(cell) {
  const round = (checkRounds.get(cell) || 0) + 1;
  checkRounds.set(cell, round);
  const { status, data } = await api("POST", "/api/check", payload(cell));
  // A text the file cannot take (422) is said like any finding.
  if ((status === 200 || status === 422) && data && data.findings && checkRounds.get(cell) === round) showFindings(cell, data.findings);
}

async function fix(cell) {
  const { status, data } = await api("POST", "/api/fix", payload(cell));
  if (status !== 200) return;
  setSource(cell, data.text);
  edited(cell);
  showFindings(cell, data.findings);
}

function conflict(cell, theirs, mine) {
  cell.querySelector(".conflict")?.remove();
  const box = el("div", { class: "conflict", role: "alert" }, el("span", { text: word("conflict") + " " }),
    el("button", { type: "button", class: "take-theirs", text: word("conflict-theirs"), onclick: () => {
      setSource(cell, theirs.text);
      cell.dataset.base = theirs.base;
      cell.dataset.saved = theirs.text;
      box.remove();
      edited(cell);
    } }),
    el("button", { type: "button", class: "keep-mine", text: word("conflict-mine"), onclick: () => { cell.dataset.base = theirs.base; box.remove(); save(cell); } }));
  if (mine !== undefined) cell.dataset.base = mine;
  cell.prepend(box);
}

function currentLayout() { return document.getElementById("layout").value; }
function pageHashes() { return state.pages.map((p) => p.hash); }

async function save(cell) {
  // A check still to run, or on its way, would answer for a text older
  // than the one saved: it is dropped, and what Save finds is shown.
  clearTimeout(checkTimers.get(cell));
  checkRounds.set(cell, (checkRounds.get(cell) || 0) + 1);
  const started = performance.now();
  performance.mark("sengen-save");
  const body = { ...payload(cell), layout: currentLayout(), have: pageHashes() };
  const { status, data } = await api("POST", "/api/save", body);
  if (status === 409) { conflict(cell, data.current); return; }
  if (status === 422) { showFindings(cell, data.findings); return; }
  if (status !== 200) { notice(`${status}`); return; }
  // Saved: what is typed since the request left stays unsaved.
  const blocks = data.update.whole ? data.update.whole.blocks : data.update.blocks;
  const savedText = blocks.find((b) => b.id === body.id)?.texts[body.lang];
  if (savedText) cell.dataset.base = savedText.base || "";
  cell.dataset.saved = savedText ? savedText.text : body.text;
  if (currentSource(cell) === body.text) {
    cell.dataset.saved = body.text;
    cell.classList.remove("dirty");
    dropDraft(body.lang, body.id);
    cell.querySelector(".saved-state").textContent = word("saved");
  }
  const place = cell.closest(".block").dataset.place;
  applyUpdate(data.update);
  if (data.preview) await showPreview(data.preview, body.lang, place);
  const bytes = performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/api/save")).pop();
  performance.clearResourceTimings();
  afterPaint(() => {
    // Save → the preview painted, as DevTools' Performance panel shows it.
    performance.measure("sengen-save-painted", "sengen-save");
    window.sengenSaves.push({ ms: performance.now() - started, bytes: bytes ? bytes.transferSize : 0, server: data.ms });
  });
}

async function review(cell) {
  const { status, data } = await api("POST", "/api/review", { lang: cell.dataset.lang, id: cell.dataset.id, ui: state.ui, tab: tabId });
  if (status === 200) applyUpdate(data.update);
}

// ---- Preview

function afterPaint(then) { requestAnimationFrame(() => requestAnimationFrame(then)); }

// The pages by their hashes: a page the preview has already stays as it
// is; only new ones are decoded (off the page's thread, before they are
// shown: the page never shows half a page). A preview that comes while an
// earlier one is being decoded wins over it. Resolves once it is shown.
let previewRound = 0;
async function showPreview(preview, lang, place) {
  const round = ++previewRound;
  const pane = document.getElementById("preview");
  if (preview.pages.some((p) => p.png == null && !state.pages.some((q) => q.hash === p.hash))) {
    // Pages it should have are gone: ask for all of them.
    state.pages = [];
    return loadPreview();
  }
  const kept = new Map();
  for (const page of state.pages) { if (!kept.has(page.hash)) kept.set(page.hash, []); kept.get(page.hash).push(page.node); }
  const count = preview.pages.length;
  const decoding = [];
  const pages = preview.pages.map((p, i) => {
    let node = kept.get(p.hash)?.shift();
    if (!node && p.png == null) node = state.pages.find((q) => q.hash === p.hash).node.cloneNode(true);
    if (!node) {
      const image = el("img", { alt: "", src: `data:image/png;base64,${p.png}` });
      decoding.push(image.decode().catch(() => {}));
      node = el("div", { class: "page", role: "img" }, image);
      // The page's shape known before its image is: the pages below it do
      // not jump when it comes.
      node.style.aspectRatio = `${p.width} / ${p.height}`;
    }
    // A page that did not change is not touched.
    const label = wordWith("preview-page", { n: i + 1, count });
    if (node.dataset.page !== String(i + 1)) node.dataset.page = String(i + 1);
    if (node.getAttribute("aria-label") !== label) node.setAttribute("aria-label", label);
    if (node.classList.contains("edited")) node.classList.remove("edited");
    return { hash: p.hash, node };
  });
  await Promise.all(decoding);
  if (round !== previewRound) return;
  // The pages that went go first, then only pages out of place are placed
  // again: a changed page 4 of 13 does not move pages 5 to 13.
  const staying = new Set(pages.map(({ node }) => node));
  for (const child of [...pane.children]) if (!staying.has(child)) child.remove();
  pages.forEach(({ node }, i) => { if (pane.children[i] !== node) pane.insertBefore(node, pane.children[i] || null); });
  state.pages = pages;
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

// Previews asked for: only the latest one's answer is shown (answers to
// changes made in quick succession may arrive out of order).
let previewAsked = 0;
async function loadPreview() {
  const asked = ++previewAsked;
  const layout = currentLayout();
  localStorage.setItem("sengen-layout", layout);
  const have = pageHashes().join(",");
  const { status, data } = await api("GET", `/api/preview?layout=${encodeURIComponent(layout)}&ui=${encodeURIComponent(state.ui)}&have=${have}`);
  if (status === 200 && asked === previewAsked) showPreview(data);
}

// ---- Building, the files on disk, the other windows

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
  state.built = data;
  showBuilt(data);
}

// PDFs the server wrote, each to open in the browser or to save.
function pdfLinks(names) {
  const files = el("ul", { class: "built-files" });
  for (const file of names) {
    const href = `/pdf/${encodeURIComponent(file)}`;
    files.append(el("li", {},
      el("span", { class: "file", text: file }), " ",
      el("a", { class: "open", href, target: "_blank", rel: "noopener", text: word("open-pdf"), "aria-label": wordWith("open-named", { file }) }), " ",
      el("a", { class: "download", href: `${href}?download=1`, download: file, text: word("download-pdf"), "aria-label": wordWith("download-named", { file }) })));
  }
  return files;
}

// Each PDF to open in the browser or to save, where sengen also wrote it,
// and what the build found to review (said in the language of the build).
// Drawn again in the page's language when it changes.
function showBuilt(data) {
  const built = document.getElementById("built");
  built.replaceChildren();
  built.append(el("p", { text: word("built") }));
  built.append(pdfLinks(data.written), el("p", { class: "written-in", text: wordWith("built-in", { dir: data.dir }) }));
  if (data.not_built && data.not_built.length) {
    built.append(el("p", { class: "not-built", text: wordWith("not-built", { lang: data.not_built.map(languageName).join(", ") }) }));
  }
  const warnings = data.warnings || [];
  if (warnings.length) {
    // Folded: the same findings stand at their blocks; here each names its
    // block and language, to go and see.
    const list = findingsList(warnings);
    list.querySelectorAll(".finding").forEach((item, i) => {
      const block = state.doc.blocks.find((b) => b.id === warnings[i].id);
      if (block) item.prepend(el("span", { class: "where", text: `${blockName(block)} (${warnings[i].lang})` }), " ");
    });
    built.append(el("details", { class: "build-warnings" },
      el("summary", { text: wordWith("build-warnings", { count: warnings.length }) }), list));
  }
}

// The files changed (on disk, or saved from another window): the page
// follows, what is typed in it stays, and a text changed under it says so.
async function refresh(said) {
  const { status, data } = await api("GET", `/api/state?ui=${encodeURIComponent(state.ui)}`);
  if (status !== 200) return;
  applyDoc(data);
  for (const cell of document.querySelectorAll(".cell.dirty")) {
    const draft = draftOf(cell.dataset.lang, cell.dataset.id);
    const theirs = data.blocks.find((b) => b.id === cell.dataset.id)?.texts[cell.dataset.lang];
    if (draft && theirs && theirs.base !== draft.base && !cell.querySelector(".conflict")) conflict(cell, theirs, draft.base);
  }
  notice(word(said));
  loadPreview();
}

document.getElementById("ui").value = state.ui;
document.getElementById("ui").addEventListener("change", async (event) => {
  state.ui = event.target.value;
  localStorage.setItem("sengen-ui", state.ui);
  await load();
});
document.getElementById("layout").addEventListener("change", () => { state.pages = []; loadPreview(); });
document.getElementById("build").addEventListener("click", build);
const events = new EventSource("/api/events");
events.addEventListener("change", () => refresh("changed-on-disk"));
events.addEventListener("saved", (event) => { if (event.data !== tabId) refresh("updated-elsewhere"); });
load().then(() => { if (state.doc) loadPreview(); });
