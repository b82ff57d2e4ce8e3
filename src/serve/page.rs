//! What the page of `sengen serve` asks, answered by the pipeline's stages:
//! the declaration as blocks (each language's text as its file says it, the
//! findings of `check` at the block they concern, each translation's
//! status), a message checked as it is typed (the folder prepared with the
//! unsaved text standing in for the file), fixed, saved (that message's
//! bytes only, and only over the text the page was shown), reviewed; the
//! facts written back into `declaration.toml` with its comments kept; the
//! preview's pages; a build.
//!
//! What a request names (a language, a message id, a layout) is looked up
//! among what the declaration has; the files written are the declaration's
//! own, by the names the declaration gives them.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use fluent_bundle::{FluentBundle, FluentResource};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::{Session, lock, refuse};
use crate::check::lint::translations::{Status, statuses};
use crate::check::{Date, Declaration};
use crate::diagnostic::{Diagnostic, Diagnostics, Failure, Severity, Sources};
use crate::diff::slots;
use crate::edit::{self, Changeset, Fact, FactValue, Folder, Proposal};
use crate::fluent;
use crate::load::{self, SCHEMA_FILE};
use crate::localize::Prepared;
use crate::options::{BuildOptions, Selection};
use crate::pipeline;
use crate::render::Layout;
use crate::ui::{Surface, Ui};

type Shared = Arc<Session>;

/// The messages a translation lacks, by language and id: the page shows
/// them as translations to do (the source's text stands in for them while
/// the declaration is read).
pub(super) type Missing = Vec<(String, String)>;

/// The declaration a folder (or a proposal's files) holds, read as the
/// page reads it: a translation's missing messages allowed.
pub(super) fn read_leniently(
    folder: &Folder,
    sources: &mut Sources,
) -> Result<(Prepared, Missing), Failure> {
    folder.prepare_with_stand_ins(sources)
}

/// Runs pipeline work off the server's threads.
pub(super) async fn work<T: Send + 'static>(
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(job).await.map_err(|e| {
        refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("sengen failed: {e}"),
        )
    })
}

pub(super) fn failure_response(failure: Failure, sources: &Sources, ui: &Ui) -> Response {
    match failure {
        Failure::Invalid(diagnostics) => refused_with(all_findings(&diagnostics, sources, ui)),
        Failure::Internal(internal) => {
            refuse(StatusCode::INTERNAL_SERVER_ERROR, &internal.to_string())
        }
    }
}

// ---- The page's own wording

/// The page's wording in one language, parsed once: `ui` where the page is
/// written in it, else the fallback of `locales/serve.toml`.
pub(super) struct PageWording {
    bundle: FluentBundle<FluentResource>,
    /// Its messages' ids, in the file's order.
    ids: Vec<String>,
}

impl PageWording {
    pub(super) fn new(ui: &str) -> Self {
        let fallback = crate::language::page_fallback();
        let tag = if crate::language::page_languages().iter().any(|l| l == ui) {
            ui
        } else {
            fallback.as_str()
        };
        let lang = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        let resource = crate::language::locale_text(tag, "serve/page.ftl")
            .and_then(|text| FluentResource::try_new(text.to_owned()).ok());
        if let Some(resource) = resource {
            ids = fluent::messages(&resource)
                .map(|m| m.id.name.to_owned())
                .collect();
            // The wording is sengen's own, parity-tested: it adds cleanly.
            let _ = bundle.add_resource(resource);
        }
        Self { bundle, ids }
    }

    /// One message, formatted with `args`; its id where the wording lacks it.
    pub(super) fn word(&self, id: &str, args: Option<&fluent_bundle::FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// One message with these values.
    pub(super) fn word_with(&self, id: &str, values: &[(&str, String)]) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.clone());
        }
        self.word(id, Some(&args))
    }

    /// Every message, for the page. A word that names something the page
    /// knows (a block, a page's number) keeps a `{name}` where it goes, for
    /// the page to fill in: the translation orders the sentence, the page
    /// only puts the values in.
    pub(super) fn all(&self) -> serde_json::Map<String, Value> {
        let mut markers = fluent_bundle::FluentArgs::new();
        for name in [
            "button",
            "block",
            "kind",
            "n",
            "count",
            "file",
            "dir",
            "lang",
            "old",
            "sections",
            "paragraphs",
            "items",
            "commitments",
            "changed",
            "reviewed",
        ] {
            markers.set(name, format!("{{{name}}}"));
        }
        self.ids
            .iter()
            .map(|id| (id.clone(), Value::from(self.word(id, Some(&markers)))))
            .collect()
    }
}

// ---- The declaration as the page shows it

/// The page's reader: its language (`ui` of the request, else the page's
/// fallback), on the page, where hints name its buttons.
pub(super) fn page_ui(asked: Option<&str>) -> Ui {
    let fallback = crate::language::page_fallback();
    Ui::new(asked.unwrap_or(&fallback), Surface::Page)
}

/// A short hash of a message's text: what the page was shown, so that a
/// save over a text changed meanwhile is seen.
fn base(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where each message of a `.ftl` text stands: (start, end, id).
fn entries(text: &str) -> Vec<(usize, usize, String)> {
    let (resource, _) = fluent::parse(text);
    let mut out: Vec<(usize, usize, String)> = fluent::messages(&resource)
        .map(|m| {
            let start = fluent::span_of(&resource, crate::diagnostic::FileId::NONE, m.id.name)
                .range
                .start;
            (start, fluent::entry_end(text, start), m.id.name.to_owned())
        })
        .collect();
    out.sort();
    out
}

/// A diagnostic as the page shows it.
pub(super) fn finding(d: &Diagnostic, sources: &Sources, ui: &Ui) -> Value {
    let excerpt = d.primary.as_ref().map(|(span, _)| {
        let text = sources.text(span.file);
        text.get(span.range.clone()).unwrap_or_default().to_owned()
    });
    json!({
        "code": d.code.name(),
        "severity": d.severity.name(),
        "message": ui.say(&d.message),
        "hints": d.hints.iter().map(|h| ui.say(h)).collect::<Vec<_>>(),
        "fixable": !d.fixes.is_empty(),
        "excerpt": excerpt,
    })
}

pub(super) fn all_findings(diagnostics: &Diagnostics, sources: &Sources, ui: &Ui) -> Vec<Value> {
    diagnostics
        .0
        .iter()
        .map(|d| finding(d, sources, ui))
        .collect()
}

/// Which message of which language a diagnostic points into, if any.
/// `known` keeps each file's entries once found (a file is parsed once
/// however many findings it has).
fn located(
    d: &Diagnostic,
    sources: &Sources,
    files: &[(String, String)],
    known: &mut BTreeMap<String, Vec<(usize, usize, String)>>,
) -> Option<(String, String)> {
    let (span, _) = d.primary.as_ref()?;
    let name = sources.name(span.file);
    let (lang, _) = files.iter().find(|(_, file)| file == name)?;
    let at = span.range.start;
    let entries = known
        .entry(name.to_owned())
        .or_insert_with(|| entries(sources.text(span.file)));
    let (_, _, id) = entries
        .iter()
        .find(|(start, end, _)| *start <= at && at < (*end).max(start + 1))?;
    Some((lang.clone(), id.clone()))
}

/// The files of a declaration's languages as the diagnostics name them.
fn language_files(session: &Session, declaration: &Declaration) -> Vec<(String, String)> {
    declaration
        .languages
        .iter()
        .map(|l| {
            let tag = l.tag.to_string();
            let name = load::display_name(&session.dir().join(format!("{tag}.ftl")));
            (tag, name)
        })
        .collect()
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Missing => "missing",
        Status::Unreviewed => "unreviewed",
        Status::Stale => "stale",
        Status::Current => "current",
    }
}

/// The layouts of a declaration's outputs, each by its key (`fr`, `fr-ja`).
fn layouts(prepared: &Prepared) -> Vec<(String, Layout)> {
    let editions = &prepared.localized.editions;
    let tag = |i: usize| {
        editions
            .get(i)
            .map(|e| e.lang.to_string())
            .unwrap_or_default()
    };
    pipeline::outputs(&prepared.localized, &Selection::default())
        .unwrap_or_default()
        .into_iter()
        .map(|layout| {
            let key = match layout {
                Layout::Single(i) => tag(i),
                Layout::Columns(l, r) | Layout::Sequential(l, r) => {
                    format!("{}-{}", tag(l), tag(r))
                }
            };
            (key, layout)
        })
        .collect()
}

/// The whole state of the page.
pub(super) fn state_of(
    session: &Session,
    prepared: &Prepared,
    sources: &Sources,
    ui: &str,
    broken: Option<Vec<Value>>,
    missing: &[(String, String)],
) -> Value {
    let page = page_ui(Some(ui));
    let declaration = &prepared.declaration;
    let files = language_files(session, declaration);
    let mut by_block: BTreeMap<(String, String), Vec<Value>> = BTreeMap::new();
    let mut facts_findings = Vec::new();
    let mut problems = Vec::new();
    let schema_name = load::display_name(&session.dir().join(SCHEMA_FILE));
    let mut known = BTreeMap::new();
    for d in &prepared.warnings.0 {
        match located(d, sources, &files, &mut known) {
            Some(key) => by_block
                .entry(key)
                .or_default()
                .push(finding(d, sources, &page)),
            None if d
                .primary
                .as_ref()
                .is_some_and(|(s, _)| sources.name(s.file) == schema_name) =>
            {
                facts_findings.push(finding(d, sources, &page))
            }
            None => problems.push(finding(d, sources, &page)),
        }
    }
    let status: BTreeMap<(String, String), Status> = statuses(declaration)
        .into_iter()
        .map(|(language, id, status)| ((language.tag.to_string(), id), status))
        .collect();
    let source_tag = declaration
        .languages
        .first()
        .map(|l| l.tag.to_string())
        .unwrap_or_default();
    // What each block reads, facts and terms resolved, per language.
    let reads: BTreeMap<String, Vec<String>> = prepared
        .localized
        .editions
        .iter()
        .map(|e| {
            (
                e.lang.to_string(),
                slots(&e.document).iter().map(|s| s.leaf.plain()).collect(),
            )
        })
        .collect();
    let blocks: Vec<Value> = slots(&declaration.document)
        .iter()
        .enumerate()
        .map(|(place, slot)| {
            let id = &slot.leaf.id;
            let texts: serde_json::Map<String, Value> = declaration
                .languages
                .iter()
                .map(|language| {
                    let tag = language.tag.to_string();
                    let stood_in = missing.iter().any(|(l, m)| *l == tag && m == id);
                    let text = (!stood_in)
                        .then(|| resource_value_text(&language.resource, id))
                        .flatten();
                    let status = (tag != source_tag).then(|| {
                        status_name(
                            status
                                .get(&(tag.clone(), id.clone()))
                                .copied()
                                .filter(|_| !stood_in)
                                .unwrap_or(Status::Missing),
                        )
                    });
                    let findings = by_block
                        .get(&(tag.clone(), id.clone()))
                        .cloned()
                        .unwrap_or_default();
                    // Shown under a text with placeables, so that `{ $japan-count }` reads as 35.
                    let resolved = text
                        .as_deref()
                        .filter(|t| t.contains('{'))
                        .and_then(|_| reads.get(&tag)?.get(place).cloned());
                    let entry = json!({
                        "reads": resolved,
                        "text": text.clone().unwrap_or_default(),
                        "base": text.as_deref().map(base),
                        "status": status,
                        "findings": findings,
                    });
                    (tag, entry)
                })
                .collect();
            json!({ "place": place, "kind": slot.kind.name(), "id": id, "texts": texts })
        })
        .collect();
    let meeting = declaration.meeting.as_ref().map(|m| {
        json!({ "edition": m.edition, "opens": m.opens.to_string(), "closes": m.closes.to_string() })
    });
    // Each delegation by its name in the page's language where the
    // declaration is written in it, else in its source language.
    let shown_edition = prepared
        .localized
        .editions
        .iter()
        .find(|e| e.lang.language.as_str() == ui)
        .or(prepared.localized.editions.first());
    let delegation_name = |index: usize| -> Option<String> {
        shown_edition?
            .signatures
            .iter()
            .find(|g| g.delegation == index)?
            .heading
            .as_ref()
            .map(|h| h.plain())
    };
    let delegations: Vec<Value> = declaration
        .delegations
        .iter()
        .enumerate()
        .map(|(i, d)| {
            json!({
                "id": d.id,
                "name": delegation_name(i),
                "count": d.count,
                "editable": d.count_span != d.span,
            })
        })
        .collect();
    // What each placeable of the text reads, and what it is, for the page
    // to show `{ $japan-count }` as « 35 » and say it is a count.
    let wording = PageWording::new(ui);
    let variables: serde_json::Map<String, Value> = prepared
        .localized
        .editions
        .iter()
        .zip(&declaration.languages)
        .map(|(edition, language)| {
            let mut entries = serde_json::Map::new();
            for (name, reads) in &edition.facts {
                let what = variable_what(&wording, name, declaration, &delegation_name);
                entries.insert(format!("${name}"), json!({ "reads": reads, "what": what }));
            }
            for term in fluent::terms(&language.resource) {
                let id = format!("-{term}");
                let reads = resource_value_text(&language.resource, &id).unwrap_or_default();
                let what = wording.word("placeable-term", None);
                entries.insert(id, json!({ "reads": reads, "what": what }));
            }
            (edition.lang.to_string(), Value::Object(entries))
        })
        .collect();
    json!({
        "id": declaration.id,
        "languages": declaration.languages.iter().map(|l| json!({ "tag": l.tag.to_string(), "source": l.tag.to_string() == source_tag })).collect::<Vec<_>>(),
        "layouts": layouts(prepared).into_iter().map(|(key, _)| key).collect::<Vec<_>>(),
        "blocks": blocks,
        "facts": {
            "meeting": meeting,
            "adoption": { "date": declaration.adoption.date.to_string() },
            "delegations": delegations,
            "findings": facts_findings,
        },
        "problems": problems,
        "broken": broken,
        "variables": variables,
        "words": wording.all(),
    })
}

/// What a variable sengen supplies is, in the page's language.
fn variable_what(
    wording: &PageWording,
    name: &str,
    declaration: &Declaration,
    delegation_name: &dyn Fn(usize) -> Option<String>,
) -> String {
    if let Some(index) = declaration
        .delegations
        .iter()
        .position(|d| format!("{}-count", d.id) == name)
    {
        let delegation =
            delegation_name(index).unwrap_or_else(|| declaration.delegations[index].id.clone());
        return wording.word_with("placeable-count", &[("delegation", delegation)]);
    }
    let id = format!("placeable-{name}");
    let said = wording.word(&id, None);
    if said == id {
        wording.word("placeable-fact", None)
    } else {
        said
    }
}

/// The state now, or, when the folder no longer reads (an edit made in
/// another editor), what does not read.
pub(super) fn current_state(session: &Session, ui: &str) -> Result<Value, Response> {
    if !super::has_declaration(&session.dir()) {
        return Ok(super::start::state(session, ui));
    }
    let mut sources = Sources::default();
    let read =
        Folder::read(&session.dir()).and_then(|folder| read_leniently(&folder, &mut sources));
    match read {
        Ok((prepared, missing)) => {
            let state = state_of(session, &prepared, &sources, ui, None, &missing);
            *lock(&session.last_good) = Some(state.clone());
            Ok(state)
        }
        Err(Failure::Invalid(diagnostics)) => {
            let broken = all_findings(&diagnostics, &sources, &page_ui(Some(ui)));
            let mut state = lock(&session.last_good).clone().unwrap_or_else(|| json!({ "blocks": [], "languages": [], "layouts": [], "facts": { "meeting": null, "adoption": { "date": "" }, "delegations": [], "findings": [] }, "problems": [] }));
            state["broken"] = Value::from(broken);
            state["words"] = Value::from(PageWording::new(ui).all());
            Ok(state)
        }
        Err(Failure::Internal(internal)) => Err(refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            &internal.to_string(),
        )),
    }
}

#[derive(Deserialize)]
pub struct UiQuery {
    ui: Option<String>,
}

pub async fn state(State(session): State<Shared>, Query(query): Query<UiQuery>) -> Response {
    let ui = query.ui.unwrap_or_else(crate::language::page_fallback);
    match work(move || current_state(&session, &ui)).await {
        Ok(Ok(state)) => Json(state).into_response(),
        Ok(Err(response)) | Err(response) => response,
    }
}

// ---- A message: checked, fixed, saved

#[derive(Deserialize, Clone)]
pub struct Edit {
    lang: String,
    id: String,
    text: String,
    #[serde(default)]
    base: Option<String>,
    #[serde(default)]
    layout: Option<String>,
    #[serde(default)]
    ui: Option<String>,
    /// The hashes of the preview pages the page shows: not sent again.
    #[serde(default)]
    have: Vec<String>,
    /// The page (browser tab) that asks: the others hear of its change.
    #[serde(default)]
    tab: Option<String>,
}

/// The declaration's language a request names, and its file's name, found
/// among the declaration's own: a request's words never make a path.
struct Target {
    tag: String,
    file_name: String,
}

fn target(prepared: &Prepared, lang: &str, id: &str) -> Result<Target, Response> {
    let declaration = &prepared.declaration;
    let Some(language) = declaration.languages.iter().find(|l| l.tag == lang) else {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "the declaration has no such language",
        ));
    };
    let known = |resource: &FluentResource| fluent::message(resource, id).is_some();
    let in_source = declaration
        .languages
        .first()
        .is_some_and(|l| known(&l.resource));
    if !fluent::is_kebab_id(id) || !(known(&language.resource) || in_source) {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "the declaration has no such message",
        ));
    }
    let tag = language.tag.to_string();
    let file_name = format!("{tag}.ftl");
    Ok(Target { tag, file_name })
}

/// A message's value as a person reads and edits it: its lines joined,
/// placeables as written.
fn value_text(text: &str, id: &str) -> Option<String> {
    edit::ftl::unit_text(text, id)
}

/// `value_text` of a resource already parsed (the state names every
/// message of a file: parsing it again for each would cost more than all
/// the rest).
fn resource_value_text(resource: &FluentResource, id: &str) -> Option<String> {
    fluent::pattern_range(resource, id).map(|range| edit::ftl::reads(&resource.source()[range]))
}

/// The folder as read now, and the declaration it holds; a request is
/// judged against them, and its change made to them.
pub(super) fn read_now(session: &Session, ui: &Ui) -> Result<Now, Response> {
    let folder =
        Folder::read(&session.dir()).map_err(|f| failure_response(f, &Sources::default(), ui))?;
    let mut sources = Sources::default();
    let (prepared, missing) = read_leniently(&folder, &mut sources)
        .map_err(|failure| failure_response(failure, &sources, ui))?;
    Ok((folder, Seen::new(prepared, sources, missing)))
}

/// The folder as read, and the declaration it holds.
pub(super) type Now = (Folder, Seen);

/// A declaration as the page reads it: prepared, the files its findings
/// quote, the messages its translations lack.
pub(super) struct Seen {
    pub prepared: Prepared,
    pub sources: Sources,
    pub missing: Missing,
}

impl Seen {
    pub fn new(prepared: Prepared, sources: Sources, missing: Missing) -> Self {
        Seen {
            prepared,
            sources,
            missing,
        }
    }

    /// The declaration's source language.
    pub fn source_language(&self) -> String {
        self.prepared
            .declaration
            .languages
            .first()
            .map(|l| l.tag.to_string())
            .unwrap_or_default()
    }

    /// A proposal's files read as the page reads them.
    pub fn of(proposal: &Proposal) -> Result<Seen, (Failure, Sources)> {
        let mut sources = Sources::default();
        match read_leniently(&proposal.to_folder(), &mut sources) {
            Ok((prepared, missing)) => Ok(Seen::new(prepared, sources, missing)),
            Err(failure) => Err((failure, sources)),
        }
    }
}

/// Message `id` of `target` saying `text`, as a change of `folder`.
fn proposal<'f>(
    folder: &'f Folder,
    target: &Target,
    id: &str,
    text: &str,
    ui: &Ui,
) -> Result<Proposal<'f>, Response> {
    let mut changes = Changeset::default();
    changes.set_text(&target.tag, id, text);
    changes
        .apply(folder)
        .map_err(|f| failure_response(f, &Sources::default(), ui))
}

/// The folder prepared with a proposal's files standing in for its own;
/// the findings in message `id` of the target's file, and all of them.
fn trial(
    session: &Session,
    proposal: &Proposal,
    target: &Target,
    id: &str,
) -> (
    Result<(Prepared, Missing), Failure>,
    Sources,
    Vec<Diagnostic>,
) {
    let mut sources = Sources::default();
    let result = read_leniently(&proposal.to_folder(), &mut sources);
    let diagnostics = match &result {
        Ok((prepared, _)) => prepared.warnings.0.clone(),
        Err(Failure::Invalid(d)) => d.0.clone(),
        Err(Failure::Internal(_)) => Vec::new(),
    };
    let files = vec![(
        target.tag.clone(),
        load::display_name(&session.dir().join(&target.file_name)),
    )];
    // This message's findings; and an error of its file that stands in no
    // message (text the edit broke out of Fluent's syntax): its too.
    let target_name = &files[0].1;
    let mut known = BTreeMap::new();
    let here: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| match located(d, &sources, &files, &mut known) {
            Some((_, at)) => at == id,
            None => {
                d.severity == Severity::Error
                    && d.primary
                        .as_ref()
                        .is_some_and(|(span, _)| sources.name(span.file) == target_name)
            }
        })
        .collect();
    (result, sources, here)
}

pub async fn check(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(edit.ui.as_deref());
        let (folder, now) = read_now(&session, &ui)?;
        let target = target(&now.prepared, &edit.lang, &edit.id)?;
        let proposal = proposal(&folder, &target, &edit.id, &edit.text, &ui)?;
        let (result, sources, here) = trial(&session, &proposal, &target, &edit.id);
        // As Save does: what the text breaks elsewhere (a brace left open
        // swallows what follows) is said here too, not only at Save.
        let findings = match result {
            Err(Failure::Invalid(diagnostics)) if here.is_empty() => {
                all_findings(&diagnostics, &sources, &ui)
            }
            _ => here.iter().map(|d| finding(d, &sources, &ui)).collect(),
        };
        Ok(json!({ "findings": findings }))
    })
    .await;
    respond(answer)
}

pub async fn fix(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(edit.ui.as_deref());
        let (folder, now) = read_now(&session, &ui)?;
        let target = target(&now.prepared, &edit.lang, &edit.id)?;
        let typed = proposal(&folder, &target, &edit.id, &edit.text, &ui)?;
        let (_, _, here) = trial(&session, &typed, &target, &edit.id);
        let text = typed.text(&target.file_name).unwrap_or_default();
        let spans = here
            .iter()
            .flat_map(|d| d.fixes.iter())
            .map(|e| (e.span.range.clone(), e.replacement.as_str()))
            .collect();
        let (fixed, _) = edit::ftl::splice(text, spans);
        let value = value_text(&fixed, &edit.id).unwrap_or(edit.text.clone());
        let fixed = proposal(&folder, &target, &edit.id, &value, &ui)?;
        let (_, sources, left) = trial(&session, &fixed, &target, &edit.id);
        Ok(json!({ "text": value, "findings": left.iter().map(|d| finding(d, &sources, &ui)).collect::<Vec<_>>() }))
    })
    .await;
    respond(answer)
}

pub(super) fn respond(answer: Result<Result<Value, Response>, Response>) -> Response {
    match answer {
        Ok(Ok(value)) => Json(value).into_response(),
        Ok(Err(response)) | Err(response) => response,
    }
}

pub async fn save(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(edit.ui.as_deref());
        let started = Instant::now();
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let target = target(&before.prepared, &edit.lang, &edit.id)?;
        // Only over the text the page was shown: a change made meanwhile in
        // another editor is never overwritten.
        let current = folder
            .text(&target.file_name)
            .and_then(|text| value_text(text, &edit.id));
        if current.as_deref().map(base) != edit.base {
            let text = current.unwrap_or_default();
            return Err((
                StatusCode::CONFLICT,
                Json(json!({ "current": { "text": text, "base": base(&text) } })),
            )
                .into_response());
        }
        let proposal = proposal(&folder, &target, &edit.id, &edit.text, &ui)?;
        let (result, sources, here) = trial(&session, &proposal, &target, &edit.id);
        let after = match result {
            Ok((prepared, missing)) => Seen::new(prepared, sources, missing),
            Err(Failure::Invalid(diagnostics)) => {
                let findings = if here.is_empty() {
                    all_findings(&diagnostics, &sources, &ui)
                } else {
                    here.iter().map(|d| finding(d, &sources, &ui)).collect()
                };
                return Err(refused_with(findings));
            }
            Err(failure) => return Err(failure_response(failure, &sources, &ui)),
        };
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            edit.ui.as_deref(),
            edit.tab.as_deref(),
        );
        let preview = match edit.layout.as_deref() {
            Some(key) => Some(preview_of(&session, &after.prepared, key, &edit.have, &ui)?),
            None => None,
        };
        Ok(json!({
            "update": update,
            "preview": preview,
            "ms": started.elapsed().as_secs_f64() * 1000.0,
        }))
    })
    .await;
    respond(answer)
}

/// After a change is written: what of the page's state it changed (the
/// answer), the new state kept as the last good one, the other windows told.
pub(super) fn after_commit(
    session: &Session,
    before: &Seen,
    after: &Seen,
    ui: Option<&str>,
    tab: Option<&str>,
) -> Value {
    let ui_tag = ui_tag(ui);
    let old = state_of(
        session,
        &before.prepared,
        &before.sources,
        &ui_tag,
        None,
        &before.missing,
    );
    let state = state_of(
        session,
        &after.prepared,
        &after.sources,
        &ui_tag,
        None,
        &after.missing,
    );
    let update = changed_parts(&old, &state);
    *lock(&session.last_good) = Some(state);
    session.announce_saved(tab);
    update
}

/// A change asked from the page, made: `changes` made against `folder`
/// (read with `before`), the declaration read as the page reads it,
/// written through the session, the other windows told; what of the
/// page's state it changed.
pub(super) fn make_change(
    session: &Session,
    (folder, before): (&Folder, &Seen),
    changes: &Changeset,
    ui: &Ui,
    (asked_ui, tab): (Option<&str>, Option<&str>),
) -> Result<Value, Response> {
    let proposal = changes
        .apply(folder)
        .map_err(|f| failure_response(f, &Sources::default(), ui))?;
    let after = Seen::of(&proposal).map_err(|(f, sources)| failure_response(f, &sources, ui))?;
    session
        .commit(proposal)
        .map_err(|f| failure_response(f, &after.sources, ui))?;
    Ok(after_commit(session, before, &after, asked_ui, tab))
}

/// A request refused with findings for the page to show (422).
pub(super) fn refused_with(findings: Vec<Value>) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Json(json!({ "findings": findings })),
    )
        .into_response()
}

/// The page's language a request names, else the page's fallback.
pub(super) fn ui_tag(asked: Option<&str>) -> String {
    asked
        .map(str::to_owned)
        .unwrap_or_else(crate::language::page_fallback)
}

/// What of the page's state changed: the blocks whose texts, findings or
/// statuses differ (by place), and the small parts whole (the facts, the
/// folder's problems). A page updates those and keeps the rest, and the
/// person's place in it.
fn changed_parts(old: &Value, new: &Value) -> Value {
    let empty = Vec::new();
    let old_blocks = old["blocks"].as_array().unwrap_or(&empty);
    let new_blocks = new["blocks"].as_array().unwrap_or(&empty);
    let same_shape = old_blocks.len() == new_blocks.len()
        && old_blocks
            .iter()
            .zip(new_blocks)
            .all(|(a, b)| a["id"] == b["id"] && a["kind"] == b["kind"]);
    if !same_shape || old["languages"] != new["languages"] {
        return json!({ "whole": new });
    }
    let blocks: Vec<&Value> = old_blocks
        .iter()
        .zip(new_blocks)
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b)
        .collect();
    json!({
        "blocks": blocks,
        "facts": new["facts"],
        "problems": new["problems"],
        "broken": new["broken"],
        "layouts": new["layouts"],
        "variables": new["variables"],
    })
}

#[derive(Deserialize)]
pub struct Review {
    lang: String,
    id: String,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

pub async fn review(State(session): State<Shared>, Json(review): Json<Review>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(review.ui.as_deref());
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        target(&before.prepared, &review.lang, &review.id)?;
        let changes = crate::translations::reviews(
            &before.prepared.declaration,
            &review.lang,
            std::slice::from_ref(&review.id),
        )
        .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let update = make_change(
            &session,
            (&folder, &before),
            &changes,
            &ui,
            (review.ui.as_deref(), review.tab.as_deref()),
        )?;
        Ok(json!({ "update": update }))
    })
    .await;
    respond(answer)
}

// ---- The facts

#[derive(Deserialize)]
pub struct FactsEdit {
    edition: Option<u32>,
    opens: Option<String>,
    closes: Option<String>,
    adoption: Option<String>,
    #[serde(default)]
    counts: BTreeMap<String, u32>,
    #[serde(default)]
    layout: Option<String>,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    have: Vec<String>,
    #[serde(default)]
    tab: Option<String>,
}

pub async fn facts(State(session): State<Shared>, Json(edit): Json<FactsEdit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(edit.ui.as_deref());
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let changes = facts_changes(&edit, &before.prepared.declaration).map_err(|field| {
            let finding = json!({
                "code": "",
                "severity": "error",
                "message": PageWording::new(&ui_tag(edit.ui.as_deref())).word("date-required", None),
                "hints": [],
                "fixable": false,
                "field": field,
            });
            refused_with(vec![finding])
        })?;
        let proposal = changes
            .apply(&folder)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let after = match Seen::of(&proposal) {
            Ok(after) => after,
            Err((Failure::Invalid(diagnostics), sources)) => {
                let schema = load::display_name(&session.dir().join(SCHEMA_FILE));
                let findings: Vec<Value> = diagnostics
                    .0
                    .iter()
                    .map(|d| fact_finding(d, &sources, &schema, &ui))
                    .collect();
                return Err(refused_with(findings));
            }
            Err((failure, sources)) => return Err(failure_response(failure, &sources, &ui)),
        };
        session
            .commit(proposal)
            .map_err(|f| failure_response(f, &after.sources, &ui))?;
        let update = after_commit(
            &session,
            &before,
            &after,
            edit.ui.as_deref(),
            edit.tab.as_deref(),
        );
        let preview = match edit.layout.as_deref() {
            Some(key) => Some(preview_of(&session, &after.prepared, key, &edit.have, &ui)?),
            None => None,
        };
        Ok(json!({ "update": update, "preview": preview }))
    })
    .await;
    respond(answer)
}

/// The form field a fact's name stands for (`adoption`, `count-japan`).
fn field_of(fact: &Fact) -> String {
    match fact {
        Fact::Edition => "edition".to_owned(),
        Fact::Opens => "opens".to_owned(),
        Fact::Closes => "closes".to_owned(),
        Fact::AdoptionDate => "adoption".to_owned(),
        Fact::Count(id) => format!("count-{id}"),
    }
}

/// A finding as the facts form shows it: at the field of the fact its
/// place in `declaration.toml` is on, if it is on one.
fn fact_finding(d: &Diagnostic, sources: &Sources, schema: &str, ui: &Ui) -> Value {
    let mut value = finding(d, sources, ui);
    let field = d.primary.as_ref().and_then(|(span, _)| {
        (sources.name(span.file) == schema)
            .then(|| edit::toml::fact_at(sources.text(span.file), span.range.start))
            .flatten()
    });
    value["field"] = field.as_ref().map(field_of).into();
    value
}

/// The facts the page gives, as a change of `declaration.toml`: only those
/// the declaration has (a count given where the file has one).
fn facts_changes(edit: &FactsEdit, declaration: &Declaration) -> Result<Changeset, String> {
    let mut changes = Changeset::default();
    // A date that does not read names its field: the page says it there.
    let date = |text: &Option<String>, field: &str| -> Result<Option<Date>, String> {
        let Some(text) = text else { return Ok(None) };
        Date::parse(text).map(Some).ok_or_else(|| field.to_owned())
    };
    if declaration.meeting.is_some() {
        if let Some(edition) = edit.edition {
            changes.set_fact(Fact::Edition, FactValue::Number(i64::from(edition)));
        }
        if let Some(opens) = date(&edit.opens, "opens")? {
            changes.set_fact(Fact::Opens, FactValue::Date(opens));
        }
        if let Some(closes) = date(&edit.closes, "closes")? {
            changes.set_fact(Fact::Closes, FactValue::Date(closes));
        }
    }
    if let Some(adoption) = date(&edit.adoption, "adoption")? {
        changes.set_fact(Fact::AdoptionDate, FactValue::Date(adoption));
    }
    for delegation in &declaration.delegations {
        // A count the file states (not one computed from its members).
        if delegation.count_span == delegation.span {
            continue;
        }
        if let Some(count) = edit.counts.get(&delegation.id) {
            changes.set_fact(
                Fact::Count(delegation.id.clone()),
                FactValue::Number(i64::from(*count)),
            );
        }
    }
    Ok(changes)
}

// ---- The preview, a build

/// The preview of one layout of a prepared declaration: each page by its
/// hash, its image only where the page does not have that page (`have`).
fn preview_of(
    session: &Session,
    prepared: &Prepared,
    key: &str,
    have: &[String],
    ui: &Ui,
) -> Result<Value, Response> {
    let started = Instant::now();
    let all = layouts(prepared);
    let Some((_, layout)) = all.iter().find(|(k, _)| k == key).or(all.first()) else {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "the declaration has no output to preview",
        ));
    };
    let have: std::collections::HashSet<String> = have.iter().take(10_000).cloned().collect();
    let preview = session
        .builder
        .preview(prepared, *layout, &have)
        .map_err(|f| failure_response(f, &Sources::default(), ui))?;
    let anchors: serde_json::Map<String, Value> = preview
        .anchors
        .iter()
        .filter(|a| a.label.starts_with("sengen-block-"))
        .map(|a| {
            let height = preview
                .sizes
                .get(a.page.saturating_sub(1))
                .map_or(842.0, |s| s.1);
            (
                a.label.clone(),
                json!({ "page": a.page, "y": a.y, "height": height }),
            )
        })
        .collect();
    let pages: Vec<Value> = preview
        .pages
        .into_iter()
        .zip(&preview.sizes)
        .map(|(page, (width, height))| {
            // The image inline (base64): one answer per save, no second
            // request, nothing for the server to keep.
            let png = page.png.map(|png| {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD.encode(png)
            });
            json!({ "hash": page.hash, "png": png, "width": width, "height": height })
        })
        .collect();
    Ok(json!({
        "layout": key,
        "pages": pages,
        "anchors": anchors,
        "ms": started.elapsed().as_secs_f64() * 1000.0,
    }))
}

#[derive(Deserialize)]
pub struct PreviewQuery {
    layout: Option<String>,
    ui: Option<String>,
    /// The hashes of the pages the page shows, separated by commas.
    have: Option<String>,
}

pub async fn preview(State(session): State<Shared>, Query(query): Query<PreviewQuery>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let (_, now) = read_now(&session, &ui)?;
        let prepared = now.prepared;
        let have: Vec<String> = query
            .have
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|h| !h.is_empty())
            .map(str::to_owned)
            .collect();
        preview_of(
            &session,
            &prepared,
            query.layout.as_deref().unwrap_or_default(),
            &have,
            &ui,
        )
    })
    .await;
    respond(answer)
}

pub async fn build(State(session): State<Shared>, Query(query): Query<UiQuery>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(query.ui.as_deref());
        let _writing = lock(&session.writing);
        let mut sources = Sources::default();
        let mut options = BuildOptions::new(&session.out_dir);
        // The languages whose translation lacks messages are not built (as
        // `sengen build --lang` leaves them out), and the page says so: the
        // others are, while the translators work.
        let folder = Folder::read(&session.dir())
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let stood_in = folder.with_stand_ins();
        let mut lacking: Vec<String> = stood_in
            .as_ref()
            .map(|(_, missing)| missing.iter().map(|(lang, _)| lang.clone()).collect())
            .unwrap_or_default();
        lacking.dedup();
        if !lacking.is_empty() {
            let mut scratch = Sources::default();
            let checked = folder
                .prepare_translation_work(&mut scratch)
                .map_err(|f| failure_response(f, &scratch, &ui))?;
            options.selection = Selection::new(
                checked
                    .declaration
                    .languages
                    .iter()
                    .map(|l| l.tag.to_string())
                    .filter(|tag| !lacking.contains(tag))
                    .collect(),
                &[],
            )
            .map_err(|d| failure_response(d.into(), &Sources::default(), &ui))?;
        }
        let report = match &stood_in {
            // The complete languages built from the folder as the page reads
            // it: the source's text stands in for what is not yet translated
            // (in no PDF written: those languages are not built).
            Some((whole, _)) if !lacking.is_empty() => session.builder.build_with(
                &session.dir(),
                &whole.whole_overlay(),
                &options,
                &mut sources,
            ),
            _ => session
                .builder
                .build(&session.dir(), &options, &mut sources),
        }
        .map_err(|f| failure_response(f, &sources, &ui))?;
        let names: Vec<String> = report
            .written
            .iter()
            .filter_map(|w| w.path.file_name()?.to_str().map(str::to_owned))
            .collect();
        *lock(&session.built) = names.clone();
        // What the build found to review, said as the page says findings,
        // not only counted.
        let mut warnings = Diagnostics::default();
        for warning in report
            .warnings
            .0
            .iter()
            .filter(|d| d.severity == Severity::Warning)
        {
            warnings.push(warning.clone());
        }
        let dir = std::path::absolute(&session.out_dir).unwrap_or_else(|_| session.out_dir.clone());
        // Each finding with the message it is in, for the page to name its
        // block (the files are the languages' .ftl the findings point into).
        let files: Vec<(String, String)> = warnings
            .0
            .iter()
            .filter_map(|d| d.primary.as_ref())
            .map(|(span, _)| sources.name(span.file).to_owned())
            .filter_map(|name| {
                let lang = name.strip_suffix(".ftl")?.rsplit('/').next()?.to_owned();
                Some((lang, name))
            })
            .collect();
        let mut known = BTreeMap::new();
        let findings: Vec<Value> = warnings
            .0
            .iter()
            .map(|d| {
                let mut found = finding(d, &sources, &ui);
                if let Some((lang, id)) = located(d, &sources, &files, &mut known) {
                    found["lang"] = Value::from(lang);
                    found["id"] = Value::from(id);
                }
                found
            })
            .collect();
        Ok(json!({
            "written": names,
            "dir": dir.display().to_string(),
            "warnings": findings,
            "not_built": lacking,
        }))
    })
    .await;
    respond(answer)
}
