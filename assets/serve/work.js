// The page's part in a negotiation, beside the editor (app.js, whose
// helpers it uses): starting a declaration in an empty folder, the
// structure changed block by block, a later draft brought in and its
// changes accepted all at once or block by block, the translation sent to
// the translators and taken back after its report, this draft compared with
// an earlier one and the redline PDFs to download. Each is one request to
// the server, which does it through the command's own library function;
// what it refuses is shown where it was asked, and nothing is written.
"use strict";

// A file sent as it is: its bytes, its name only as a name.
async function upload(path, file, params) {
  const query = new URLSearchParams({ ...params, name: file.name, ui: state.ui });
  return api("POST", `${path}?${query}`, file);
}

// An answer's findings, or the words for an answer without them.
function refusal(box, status, data) {
  box.replaceChildren(findingsList(data && data.findings && data.findings.length ? data.findings
    : [{ severity: "error", code: "", message: wordWith("request-refused", { n: status }), hints: [] }]));
}

// Text as sengen holds it (`<sup>…</sup>` for superscripts), as nodes:
// the text only ever as text.
function textNodes(text) {
  const nodes = [];
  for (const [i, part] of String(text).split(/<sup>(.*?)<\/sup>/).entries()) {
    if (!part) continue;
    nodes.push(i % 2 ? el("sup", { text: part }) : document.createTextNode(part));
  }
  return nodes;
}

function redline(runs) {
  const line = el("p", { class: "redline" });
  for (const run of runs || []) {
    if (run.change === "inserted") line.append(el("ins", {}, ...textNodes(run.text)));
    else if (run.change === "deleted") line.append(el("del", {}, ...textNodes(run.text)));
    else line.append(...textNodes(run.text));
  }
  return line;
}

// A file chosen, or dropped on the field: one file, sent as it is.
function fileField(id, label, accept, onfile) {
  const input = el("input", { type: "file", id, accept });
  input.addEventListener("change", () => { if (input.files[0]) onfile(input.files[0], input); });
  const field = el("p", { class: "file-field" }, el("label", { for: id, text: label }), " ", input,
    el("span", { class: "drop-note", text: word("or-drop-here") }));
  field.addEventListener("dragover", (event) => { event.preventDefault(); field.classList.add("dropping"); });
  field.addEventListener("dragleave", () => field.classList.remove("dropping"));
  field.addEventListener("drop", (event) => {
    event.preventDefault();
    field.classList.remove("dropping");
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) onfile(file, input);
  });
  return field;
}

// A file dropped anywhere else is not opened by the browser in place of
// the page (what is typed in it would be left behind).
window.addEventListener("dragover", (event) => { if (!event.target.closest || !event.target.closest(".file-field")) event.preventDefault(); });
window.addEventListener("drop", (event) => { if (!event.target.closest || !event.target.closest(".file-field")) event.preventDefault(); });

function languageName(tag) { return word("language-" + tag) === "language-" + tag ? tag : word("language-" + tag); }

// ---- Starting a declaration

function showStart(start) {
  document.querySelector("main").hidden = true;
  document.getElementById("build").hidden = true;
  const panel = document.getElementById("start");
  panel.hidden = false;
  const report = el("div", { id: "start-report", "aria-live": "polite" });
  // In a folder that holds other things, the declaration gets a folder of its own, named here.
  const folderName = el("input", { id: "start-folder", type: "text", spellcheck: "false", placeholder: "lyon-2028" });
  const naming = start.name_folder
    ? el("p", {}, el("span", { class: "note", text: word("new-folder-note") }), el("br"),
      el("label", { for: "start-folder", text: word("new-folder") }), " ", folderName)
    : null;
  const named = () => (start.name_folder ? { folder: folderName.value.trim() } : {});
  const draftLang = el("select", { id: "start-draft-lang" },
    ...start.languages.map((tag) => el("option", { value: tag, text: languageName(tag) })));
  draftLang.value = start.languages.includes(state.ui) ? state.ui : start.languages[0];
  const translateInto = start.languages.map((tag) => el("label", { class: "check" },
    el("input", { type: "checkbox", value: tag, checked: tag === "ja" }), " ", languageName(tag)));
  const fromDraft = el("section", { class: "start-way" },
    el("h3", { text: word("start-from-draft") }),
    el("p", { text: word("start-from-draft-note") }),
    el("p", {}, el("label", { for: "start-draft-lang", text: word("draft-language") }), " ", draftLang),
    el("fieldset", {}, el("legend", { text: word("translate-into") }), ...translateInto),
    fileField("start-draft", word("choose-draft"), ".docx,.pdf,.txt,.md,text/plain,application/pdf", async (file) => {
      report.replaceChildren(el("p", { text: word("reading-draft") }));
      const translate = translateInto.map((c) => c.querySelector("input")).filter((i) => i.checked && i.value !== draftLang.value).map((i) => i.value).join(",");
      const { status, data } = await upload("/api/start/import", file, { lang: draftLang.value, translate, ...named() });
      if (status !== 200) { refusal(report, status, data); return; }
      showImportReport(report, data);
      report.append(el("button", { type: "button", class: "primary", id: "open-declaration", text: word("open-declaration"), onclick: () => location.reload() }));
    }));
  const ways = [fromDraft];
  if (start.earlier.length) {
    const from = el("select", { id: "start-from" }, ...start.earlier.map((name) => el("option", { value: name, text: name })));
    ways.push(el("section", { class: "start-way" },
      el("h3", { text: word("start-next-edition") }),
      el("p", {}, el("label", { for: "start-from", text: word("earlier-declaration") }), " ", from, " ",
        el("button", { type: "button", id: "start-next", text: word("start-button"), onclick: () => startWith({ how: "next", from: from.value, ...named() }, report) }))));
  }
  const checks = start.languages.map((tag) => el("label", { class: "check" },
    el("input", { type: "checkbox", value: tag, checked: tag === "fr" || tag === "ja" }), " ", languageName(tag)));
  ways.push(el("section", { class: "start-way" },
    el("h3", { text: word("start-example") }),
    el("fieldset", {}, el("legend", { text: word("example-languages") }), ...checks),
    el("button", { type: "button", id: "start-example", text: word("start-button"), onclick: () => {
      const languages = checks.map((c) => c.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
      startWith({ how: "example", languages, ...named() }, report);
    } })));
  panel.replaceChildren(
    el("h2", { text: word("start-heading") }),
    el("p", { text: wordWith("start-folder", { dir: start.dir }) }),
    naming, ...ways, report);
}

async function startWith(body, report) {
  const { status, data } = await api("POST", "/api/start", { ...body, ui: state.ui });
  if (status !== 200) { refusal(report, status, data); return; }
  report.replaceChildren(el("p", { text: word("started") }));
  if (data.to_fill.length) report.append(el("p", { text: word("to-fill") }), el("ul", {}, ...data.to_fill.map((t) => el("li", { text: t }))));
  report.append(el("button", { type: "button", class: "primary", id: "open-declaration", text: word("open-declaration"), onclick: () => location.reload() }));
}

// What an import made of a draft: the outline, then each list folded.
function showImportReport(box, data) {
  const o = data.outline;
  box.replaceChildren(el("p", { class: "outline", text: wordWith("imported-outline", { sections: o.sections, paragraphs: o.paragraphs, items: o.items, commitments: o.commitments }) }));
  for (const [key, lines] of [["imported-blocks", data.blocks], ["imported-facts", data.facts_found], ["imported-replaced", data.replaced], ["imported-notes", data.notes], ["imported-changes", data.changes]]) {
    if (!lines || !lines.length) continue;
    box.append(el("details", {}, el("summary", { text: wordWith(key, { count: lines.length }) }), el("ul", {}, ...lines.map((l) => el("li", { text: l })))));
  }
  if (data.findings && data.findings.length) {
    box.append(el("h4", { text: word("imported-left-out") }), findingsList(data.findings));
  }
}

// ---- The structure, block by block

function blockTools(block) {
  const movable = !["preamble", "meeting", "title", "place-and-date", "closing"].includes(block.kind);
  const name = blockName(block);
  const named = (button) => wordWith("named-button", { button, block: name });
  const tools = el("span", { class: "block-tools" });
  if (block.kind !== "closing") {
    tools.append(el("button", { type: "button", class: "add-after", text: word("add-after"), "aria-label": named(word("add-after")), onclick: () => addForm(block) }));
  }
  if (movable) {
    tools.append(
      el("button", { type: "button", class: "move-up", text: word("move-up"), "aria-label": named(word("move-up")), onclick: () => changeStructure({ action: "move", id: block.id, to: "up" }) }),
      el("button", { type: "button", class: "move-down", text: word("move-down"), "aria-label": named(word("move-down")), onclick: () => changeStructure({ action: "move", id: block.id, to: "down" }) }),
      el("button", { type: "button", class: "move-into", text: word("move-into"), "aria-label": named(word("move-into")), onclick: () => moveForm(block) }),
      el("button", { type: "button", class: "remove", text: word("remove"), "aria-label": named(word("remove")), onclick: () => removeForm(block) }));
  }
  return tools;
}

function rowOf(block) { return document.querySelector(`.block[data-id="${CSS.escape(block.id)}"]`); }

// A form under the block, one at a time.
function formUnder(block, form) {
  document.querySelectorAll(".block-form").forEach((f) => f.remove());
  const row = rowOf(block);
  row.after(form);
  const first = form.querySelector("select, textarea, input, button");
  if (first) first.focus();
}

function addForm(block) {
  const kinds = ["paragraph", "item", "commitment", "subsection", "section"];
  const kind = el("select", { id: "add-kind" }, ...kinds.map((k) => el("option", { value: k, text: word("kind-" + k) })));
  const texts = state.doc.languages.map((l) => el("p", { class: "add-text" },
    el("label", { for: `add-text-${l.tag}`, text: wordWith(l.source ? "text-in-source" : "text-in", { lang: languageName(l.tag) }) }),
    el("textarea", { id: `add-text-${l.tag}`, lang: l.tag, rows: 3, "data-lang": l.tag })));
  const findings = el("div", { class: "form-findings", "aria-live": "polite" });
  const form = el("form", { class: "block-form", "aria-label": wordWith("add-after-named", { block: blockName(block) }) },
    el("p", {}, el("label", { for: "add-kind", text: word("add-what") }), " ", kind), ...texts, findings,
    el("button", { type: "submit", class: "primary", id: "add-block", text: word("add") }), " ",
    el("button", { type: "button", text: word("cancel"), onclick: () => form.remove() }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const given = {};
    for (const area of form.querySelectorAll("textarea")) if (area.value.trim()) given[area.dataset.lang] = area.value;
    const ok = await changeStructure({ action: "add", kind: kind.value, after: block.id, texts: given }, findings);
    if (ok) form.remove();
  });
  formUnder(block, form);
}

function moveForm(block) {
  const headings = state.doc.blocks.filter((b) => (b.kind === "section" || b.kind === "subsection") && b.id !== block.id);
  const into = el("select", { id: "move-into-heading" }, ...headings.map((b) => el("option", { value: b.id, text: `${blockName(b)} — ${(b.texts[state.doc.languages[0].tag] || {}).text || ""}`.slice(0, 90) })));
  const findings = el("div", { class: "form-findings", "aria-live": "polite" });
  const form = el("form", { class: "block-form", "aria-label": named2("move-into", block) },
    el("p", {}, el("label", { for: "move-into-heading", text: word("move-into-which") }), " ", into), findings,
    el("button", { type: "submit", class: "primary", text: word("move") }), " ",
    el("button", { type: "button", text: word("cancel"), onclick: () => form.remove() }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await changeStructure({ action: "move", id: block.id, to: "into", into: into.value }, findings)) form.remove();
  });
  formUnder(block, form);
}

function named2(button, block) { return wordWith("named-button", { button: word(button), block: blockName(block) }); }

// Removing asks first, naming the block and what goes with it.
function removeForm(block) {
  const under = block.kind === "section" || block.kind === "subsection";
  const findings = el("div", { class: "form-findings", "aria-live": "polite" });
  const form = el("form", { class: "block-form confirm", role: "alertdialog", "aria-label": named2("remove", block) },
    el("p", { text: wordWith(under ? "remove-confirm-heading" : "remove-confirm", { block: blockName(block) }) }), findings,
    el("button", { type: "submit", class: "danger", id: "confirm-remove", text: word("remove") }), " ",
    el("button", { type: "button", text: word("cancel"), onclick: () => form.remove() }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await changeStructure({ action: "remove", id: block.id }, findings)) form.remove();
  });
  formUnder(block, form);
}

// One change of the structure; its refusal said where it was asked.
async function changeStructure(body, findings) {
  const { status, data } = await api("POST", "/api/block", { ...body, ui: state.ui, tab: tabId });
  if (status !== 200) {
    if (findings) refusal(findings, status, data); else notice(wordWith("request-refused", { n: status }));
    return false;
  }
  applyUpdate(data.update);
  notice(word("structure-changed"));
  const moved = data.ids && data.ids[0] && document.querySelector(`.block[data-id="${CSS.escape(data.ids[0])}"]`);
  if (moved && body.action !== "remove") { moved.scrollIntoView({ block: "center" }); const text = moved.querySelector(".text"); if (text) text.focus(); }
  loadPreview();
  return true;
}

// ---- A later draft

function renderDraftPanel() {
  const box = el("div", { id: "draft-result", "aria-live": "polite" });
  const panel = document.getElementById("draft-panel");
  panel.replaceChildren(el("summary", { text: word("draft-heading") }),
    el("p", { class: "note", text: word("draft-note") }),
    fileField("draft-file", word("choose-draft"), ".docx,.pdf,.txt,.md,text/plain,application/pdf", async (file, input) => {
      box.replaceChildren(el("p", { text: word("reading-draft") }));
      const { status, data } = await upload("/api/draft", file, {});
      input.value = "";
      if (status !== 200) { refusal(box, status, data); return; }
      showDecisions(box, data);
    }), box);
}

function showDecisions(box, data) {
  box.replaceChildren();
  const decisions = data.decisions || [];
  if (!decisions.length) { box.append(el("p", { class: "done", text: word("draft-nothing-left") })); return; }
  box.append(el("p", { text: wordWith("draft-changes", { file: data.name, count: decisions.length }) }),
    el("button", { type: "button", class: "primary", id: "accept-all", text: word("accept-all"), onclick: () => accept(box, null) }), " ",
    el("button", { type: "button", id: "keep-the-rest", text: word("keep-the-rest"), onclick: async () => {
      await api("POST", "/api/draft/close", {});
      box.replaceChildren(el("p", { class: "done", text: word("draft-put-aside") }));
    } }));
  const list = el("ol", { class: "decisions" });
  for (const d of decisions) {
    const block = state.doc.blocks.find((b) => b.id === d.id);
    const name = block ? blockName(block) : word("kind-" + d.kind);
    const item = el("li", { class: `decision ${d.verb}`, "data-id": d.id },
      el("span", { class: "verb", text: word("verb-" + d.verb) }), " ", el("strong", { text: name }));
    if (d.verb === "updated") item.append(redline(d.runs));
    else item.append(el("p", { class: d.verb === "added" ? "redline added" : "redline removed" }, el(d.verb === "added" ? "ins" : "del", {}, ...textNodes(d.new || d.old || ""))));
    item.append(el("button", { type: "button", class: "accept-one", text: word("accept"), "aria-label": wordWith("named-button", { button: word("accept"), block: name }), onclick: () => accept(box, [d.id]) }));
    list.append(item);
  }
  box.append(list);
  if (data.findings && data.findings.length) box.append(el("h4", { text: word("imported-left-out") }), findingsList(data.findings));
  box.closest("details").scrollIntoView({ block: "start" });
}

async function accept(box, ids) {
  const { status, data } = await api("POST", "/api/draft/accept", { ids, ui: state.ui, tab: tabId });
  if (status !== 200) { refusal(box, status, data); return; }
  applyUpdate(data.update);
  showDecisions(box, data.left);
  notice(word("draft-accepted"));
  loadPreview();
}

// ---- The translators

function renderTranslators() {
  const panel = document.getElementById("translators");
  const translated = state.doc.languages.filter((l) => !l.source);
  const others = ["fr", "ja", "en"].filter((tag) => !state.doc.languages.some((l) => l.tag === tag));
  const addBox = el("div", { class: "form-findings", "aria-live": "polite" });
  const newLang = el("select", { id: "add-language" }, ...others.map((tag) => el("option", { value: tag, text: languageName(tag) })));
  const adding = others.length ? el("p", {}, el("label", { for: "add-language", text: word("add-language") }), " ", newLang, " ",
    el("button", { type: "button", id: "add-language-button", text: word("add"), onclick: async () => {
      const { status, data } = await api("POST", "/api/language", { lang: newLang.value, ui: state.ui, tab: tabId });
      if (status !== 200) { refusal(addBox, status, data); return; }
      applyUpdate(data.update);
      renderTranslators();
    } }), addBox) : null;
  if (!translated.length) {
    panel.replaceChildren(el("summary", { text: word("translators-heading") }), el("p", { class: "note", text: word("no-translation-yet") }), adding);
    return;
  }
  const lang = el("select", { id: "xliff-lang" }, ...translated.map((l) => el("option", { value: l.tag, text: languageName(l.tag) })));
  const version = el("select", { id: "xliff-version" }, el("option", { value: "1.2", text: "XLIFF 1.2" }), el("option", { value: "2.0", text: "XLIFF 2.0" }));
  const only = el("select", { id: "xliff-only" }, el("option", { value: "all", text: word("xliff-all") }), el("option", { value: "stale", text: word("xliff-stale") }));
  const link = el("a", { id: "xliff-download", class: "button", text: word("xliff-download") });
  const point = () => { link.href = `/api/xliff?${new URLSearchParams({ lang: lang.value, version: version.value, only: only.value, ui: state.ui })}`; link.setAttribute("download", `${state.doc.id}.${lang.value}.xlf`); };
  for (const s of [lang, version, only]) s.addEventListener("change", point);
  point();
  const box = el("div", { id: "xliff-result", "aria-live": "polite" });
  panel.replaceChildren(el("summary", { text: word("translators-heading") }),
    el("p", { class: "note", text: word("translators-note") }), adding,
    el("p", {}, el("label", { for: "xliff-lang", text: word("xliff-language") }), " ", lang, " ",
      el("label", { for: "xliff-version", text: word("xliff-version") }), " ", version, " ",
      el("label", { for: "xliff-only", text: word("xliff-which") }), " ", only, " ", link),
    fileField("xliff-file", word("xliff-bring-back"), ".xlf,.xliff,.xml", async (file, input) => {
      const { status, data } = await upload("/api/xliff", file, {});
      input.value = "";
      if (status !== 200) { refusal(box, status, data); return; }
      box.replaceChildren(el("p", { text: wordWith("xliff-report", { file: data.name, lang: languageName(data.lang), changed: data.changed.length, reviewed: data.reviewed.length }) }));
      if (data.changed.length) box.append(el("details", {}, el("summary", { text: word("xliff-changed") }), el("ul", {}, ...data.changed.map((id) => {
        const block = state.doc.blocks.find((b) => b.id === id);
        return el("li", { text: block ? blockName(block) : id });
      }))));
      if (data.warnings.length) box.append(findingsList(data.warnings));
      box.append(el("button", { type: "button", class: "primary", id: "xliff-accept", text: word("xliff-accept"), onclick: async () => {
        const answer = await api("POST", "/api/xliff/accept", { ui: state.ui, tab: tabId });
        if (answer.status !== 200) { refusal(box, answer.status, answer.data); return; }
        applyUpdate(answer.data.update);
        box.replaceChildren(el("p", { class: "done", text: word("xliff-accepted") }));
        loadPreview();
      } }));
    }), box);
}

// ---- Comparing with an earlier draft

async function renderCompare() {
  const panel = document.getElementById("compare");
  const box = el("div", { id: "compare-result", "aria-live": "polite" });
  const { data } = await api("GET", "/api/history");
  const revisions = (data && data.revisions) || [];
  const parts = [el("summary", { text: word("compare-heading") }), el("p", { class: "note", text: word("compare-note") })];
  if (revisions.length) {
    const rev = el("select", { id: "compare-revision" }, ...revisions.map((r) => el("option", { value: r.commit, text: `${r.date.slice(0, 16).replace("T", " ")} — ${r.subject}` })));
    parts.push(el("p", {}, el("label", { for: "compare-revision", text: word("compare-revision") }), " ", rev, " ",
      el("button", { type: "button", id: "compare-with-revision", text: word("compare-button"), onclick: async () => {
        const answer = await api("POST", `/api/compare?${new URLSearchParams({ rev: rev.value, ui: state.ui })}`, {});
        showComparison(box, answer);
      } })));
  } else {
    parts.push(el("p", { class: "note", text: word("compare-no-history") }));
  }
  parts.push(fileField("compare-file", word("compare-with-file"), ".docx,.pdf,.txt,.md,.zip,text/plain,application/pdf,application/zip", async (file, input) => {
    box.replaceChildren(el("p", { text: word("reading-draft") }));
    const answer = await upload("/api/compare", file, {});
    input.value = "";
    showComparison(box, answer);
  }), box);
  panel.replaceChildren(...parts);
}

function showComparison(box, { status, data }) {
  if (status !== 200) { refusal(box, status, data); return; }
  box.replaceChildren(el("p", { text: wordWith("compared-with", { old: data.old, count: data.blocks.length + data.facts.length }) }));
  if (data.left_out.length) box.append(el("p", { class: "note", text: wordWith("compare-left-out", { lang: data.left_out.map(languageName).join(", ") }) }));
  box.append(pdfLinks(data.redlines));
  const list = el("ol", { class: "decisions" });
  for (const fact of data.facts) list.append(el("li", { class: "decision fact" }, el("span", { class: "verb", text: word("fact-changed") }), " ", el("strong", { text: fact.fact }), el("p", { class: "redline" }, el("del", { text: fact.old || "" }), " ", el("ins", { text: fact.new || "" }))));
  for (const change of data.blocks) {
    const block = state.doc.blocks.find((b) => b.id === change.id);
    // A block the draft no longer has is named by its kind of block.
    const name = block ? blockName(block) : word("removed-block");
    const item = el("li", { class: `decision ${change.kind}` }, el("span", { class: "verb", text: word("change-" + change.kind) }), " ", el("strong", { text: change.lang ? `${name} (${languageName(change.lang)})` : name }));
    if (change.runs && change.runs.length) item.append(redline(change.runs));
    else if (change.kind === "removed" && data.old_texts[change.id]) item.append(el("p", { class: "redline" }, el("del", {}, ...textNodes(data.old_texts[change.id]))));
    else if (change.kind === "added" && data.new_texts[change.id]) item.append(el("p", { class: "redline" }, el("ins", {}, ...textNodes(data.new_texts[change.id]))));
    list.append(item);
  }
  box.append(list);
  box.closest("details").scrollIntoView({ block: "start" });
}

function renderWork() {
  if (!state.doc || !state.doc.blocks) return;
  renderDraftPanel();
  renderTranslators();
  renderCompare();
}
