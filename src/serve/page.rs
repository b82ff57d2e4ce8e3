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
use crate::diff::{SlotKind, slots};
use crate::fluent;
use crate::load::{self, Overlay, SCHEMA_FILE};
use crate::options::{BuildOptions, Selection};
use crate::pipeline::{self, Prepared};
use crate::render::Layout;

type Shared = Arc<Session>;

/// Runs pipeline work off the server's threads.
async fn work<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Result<T, Response> {
    tokio::task::spawn_blocking(job).await.map_err(|e| {
        refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("sengen failed: {e}"),
        )
    })
}

fn failure_response(failure: Failure, sources: &Sources) -> Response {
    match failure {
        Failure::Invalid(diagnostics) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "findings": all_findings(&diagnostics, sources) })),
        )
            .into_response(),
        Failure::Internal(internal) => {
            refuse(StatusCode::INTERNAL_SERVER_ERROR, &internal.to_string())
        }
    }
}

// ---- The page's own wording

/// The page's wording in `ui` (a language it is written in; else the
/// fallback of `locales/serve.toml`), every message resolved.
fn words(ui: &str) -> serde_json::Map<String, Value> {
    let fallback = crate::language::page_fallback();
    let tag = if crate::language::page_languages().iter().any(|l| l == ui) {
        ui
    } else {
        fallback.as_str()
    };
    let mut words = serde_json::Map::new();
    let Some(text) = crate::language::locale_text(tag, "serve/page.ftl") else {
        return words;
    };
    let Ok(resource) = FluentResource::try_new(text.to_owned()) else {
        return words;
    };
    let Ok(lang) = tag.parse() else { return words };
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![lang]);
    bundle.set_use_isolating(false);
    if bundle.add_resource(&resource).is_err() {
        return words;
    }
    for message in fluent::messages(&resource) {
        if let Some(pattern) = bundle.get_message(message.id.name).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let said = bundle.format_pattern(pattern, None, &mut errors);
            words.insert(message.id.name.to_owned(), Value::from(said.into_owned()));
        }
    }
    words
}

// ---- The declaration as the page shows it

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
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
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
fn finding(d: &Diagnostic, sources: &Sources) -> Value {
    let excerpt = d.primary.as_ref().map(|(span, _)| {
        let text = sources.text(span.file);
        text.get(span.range.clone()).unwrap_or_default().to_owned()
    });
    json!({
        "code": d.code.name(),
        "severity": d.severity.name(),
        "message": d.message,
        "hints": d.hints,
        "fixable": !d.fixes.is_empty(),
        "excerpt": excerpt,
    })
}

fn all_findings(diagnostics: &Diagnostics, sources: &Sources) -> Vec<Value> {
    diagnostics.0.iter().map(|d| finding(d, sources)).collect()
}

/// Which message of which language a diagnostic points into, if any.
fn located(
    d: &Diagnostic,
    sources: &Sources,
    files: &[(String, String)],
) -> Option<(String, String)> {
    let (span, _) = d.primary.as_ref()?;
    let name = sources.name(span.file);
    let (lang, _) = files.iter().find(|(_, file)| file == name)?;
    let text = sources.text(span.file);
    let at = span.range.start;
    let (_, _, id) = entries(text)
        .into_iter()
        .find(|(start, end, _)| *start <= at && at < (*end).max(start + 1))?;
    Some((lang.clone(), id))
}

/// The files of a declaration's languages as the diagnostics name them.
fn language_files(session: &Session, declaration: &Declaration) -> Vec<(String, String)> {
    declaration
        .languages
        .iter()
        .map(|l| {
            let tag = l.tag.to_string();
            let name = load::display_name(&session.dir.join(format!("{tag}.ftl")));
            (tag, name)
        })
        .collect()
}

fn kind_name(kind: SlotKind) -> &'static str {
    match kind {
        SlotKind::Preamble => "preamble",
        SlotKind::Meeting => "meeting",
        SlotKind::Title => "title",
        SlotKind::PlaceAndDate => "place-and-date",
        SlotKind::Section => "section",
        SlotKind::Subsection => "subsection",
        SlotKind::Paragraph => "paragraph",
        SlotKind::Item => "item",
        SlotKind::Commitment => "commitment",
        SlotKind::Closing => "closing",
    }
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
fn state_of(
    session: &Session,
    prepared: &Prepared,
    sources: &Sources,
    ui: &str,
    broken: Option<Vec<Value>>,
) -> Value {
    let declaration = &prepared.declaration;
    let files = language_files(session, declaration);
    let mut by_block: BTreeMap<(String, String), Vec<Value>> = BTreeMap::new();
    let mut facts_findings = Vec::new();
    let mut problems = Vec::new();
    let schema_name = load::display_name(&session.dir.join(SCHEMA_FILE));
    for d in &prepared.warnings.0 {
        match located(d, sources, &files) {
            Some(key) => by_block.entry(key).or_default().push(finding(d, sources)),
            None if d
                .primary
                .as_ref()
                .is_some_and(|(s, _)| sources.name(s.file) == schema_name) =>
            {
                facts_findings.push(finding(d, sources))
            }
            None => problems.push(finding(d, sources)),
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
                    let text = fluent::value_text(&language.resource, id);
                    let status = (tag != source_tag).then(|| {
                        status_name(
                            status
                                .get(&(tag.clone(), id.clone()))
                                .copied()
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
            json!({ "place": place, "kind": kind_name(slot.kind), "id": id, "texts": texts })
        })
        .collect();
    let meeting = declaration.meeting.as_ref().map(|m| {
        json!({ "edition": m.edition, "opens": m.opens.to_string(), "closes": m.closes.to_string() })
    });
    let delegations: Vec<Value> = declaration
        .delegations
        .iter()
        .map(|d| json!({ "id": d.id, "count": d.count, "editable": d.count_span != d.span }))
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
        "words": words(ui),
    })
}

/// The state now, or, when the folder no longer reads (an edit made in
/// another editor), what does not read.
fn current_state(session: &Session, ui: &str) -> Result<Value, Response> {
    let mut sources = Sources::default();
    match pipeline::prepare(&session.dir, &mut sources) {
        Ok(prepared) => {
            let state = state_of(session, &prepared, &sources, ui, None);
            *lock(&session.last_good) = Some(state.clone());
            Ok(state)
        }
        Err(Failure::Invalid(diagnostics)) => {
            let broken = all_findings(&diagnostics, &sources);
            let mut state = lock(&session.last_good).clone().unwrap_or_else(|| json!({ "blocks": [], "languages": [], "layouts": [], "facts": { "meeting": null, "adoption": { "date": "" }, "delegations": [], "findings": [] }, "problems": [] }));
            state["broken"] = Value::from(broken);
            state["words"] = Value::from(words(ui));
            Ok(state)
        }
        Err(Failure::Internal(internal)) => Err(refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            &internal.to_string(),
        )),
    }
}

#[derive(Deserialize)]
pub struct Ui {
    ui: Option<String>,
}

pub async fn state(State(session): State<Shared>, Query(query): Query<Ui>) -> Response {
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
}

/// The declaration's language a request names, and its file's name, found
/// among the declaration's own: a request's words never make a path.
struct Target {
    tag: String,
    file_name: String,
    /// The file's text on disk.
    text: String,
}

fn target(
    session: &Session,
    prepared: &Prepared,
    lang: &str,
    id: &str,
) -> Result<Target, Response> {
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
    let text = std::fs::read_to_string(session.dir.join(&file_name)).map_err(|e| {
        refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("cannot read {file_name}: {e}"),
        )
    })?;
    Ok(Target {
        tag,
        file_name,
        text,
    })
}

/// The `.ftl` text with message `id` saying `value` (added at the end where
/// the language lacks it).
fn with_message(text: &str, id: &str, value: &str) -> String {
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    match fluent::replace_message(&resource, id, value) {
        Some(replaced) => replaced,
        None => {
            let mut out = text.to_owned();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push('\n');
            out.push_str(&fluent::format_message(id, value));
            out
        }
    }
}

/// The folder prepared with one file standing in for its text on disk; the
/// findings in message `id` of that file, and all of them.
fn trial(
    session: &Session,
    target: &Target,
    text: &str,
    id: &str,
) -> (Result<Prepared, Failure>, Sources, Vec<Diagnostic>) {
    let overlay = Overlay::default().with(&target.file_name, text.to_owned());
    let mut sources = Sources::default();
    let result = pipeline::prepare_with(&session.dir, &overlay, &mut sources);
    let diagnostics = match &result {
        Ok(prepared) => prepared.warnings.0.clone(),
        Err(Failure::Invalid(d)) => d.0.clone(),
        Err(Failure::Internal(_)) => Vec::new(),
    };
    let files = vec![(
        target.tag.clone(),
        load::display_name(&session.dir.join(&target.file_name)),
    )];
    let here: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| located(d, &sources, &files).is_some_and(|(_, at)| at == id))
        .collect();
    (result, sources, here)
}

/// Prepares the folder as it is, for a request to be judged against.
fn prepared_now(session: &Session) -> Result<Prepared, Response> {
    let mut sources = Sources::default();
    pipeline::prepare(&session.dir, &mut sources)
        .map_err(|failure| failure_response(failure, &sources))
}

pub async fn check(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let prepared = prepared_now(&session)?;
        let target = target(&session, &prepared, &edit.lang, &edit.id)?;
        let text = with_message(&target.text, &edit.id, &edit.text);
        let (_, sources, here) = trial(&session, &target, &text, &edit.id);
        Ok(json!({ "findings": here.iter().map(|d| finding(d, &sources)).collect::<Vec<_>>() }))
    })
    .await;
    respond(answer)
}

pub async fn fix(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let prepared = prepared_now(&session)?;
        let target = target(&session, &prepared, &edit.lang, &edit.id)?;
        let text = with_message(&target.text, &edit.id, &edit.text);
        let (_, _, here) = trial(&session, &target, &text, &edit.id);
        let edits: Vec<&crate::diagnostic::Edit> = here.iter().flat_map(|d| d.fixes.iter()).collect();
        let (fixed, _) = crate::fix::apply_to_text(&text, edits);
        let resource = match FluentResource::try_new(fixed.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let value = fluent::value_text(&resource, &edit.id).unwrap_or(edit.text.clone());
        let (_, sources, left) = trial(&session, &target, &fixed, &edit.id);
        Ok(json!({ "text": value, "findings": left.iter().map(|d| finding(d, &sources)).collect::<Vec<_>>() }))
    })
    .await;
    respond(answer)
}

fn respond(answer: Result<Result<Value, Response>, Response>) -> Response {
    match answer {
        Ok(Ok(value)) => Json(value).into_response(),
        Ok(Err(response)) | Err(response) => response,
    }
}

pub async fn save(State(session): State<Shared>, Json(edit): Json<Edit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let started = Instant::now();
        let _writing = lock(&session.writing);
        let prepared = prepared_now(&session)?;
        let target = target(&session, &prepared, &edit.lang, &edit.id)?;
        // Only over the text the page was shown: a change made meanwhile in
        // another editor is never overwritten.
        let resource = FluentResource::try_new(target.text.clone()).map_err(|_| refuse(StatusCode::CONFLICT, "the file no longer reads"))?;
        let current = fluent::value_text(&resource, &edit.id);
        if current.as_deref().map(base) != edit.base {
            let text = current.unwrap_or_default();
            return Err((
                StatusCode::CONFLICT,
                Json(json!({ "current": { "text": text, "base": base(&text) } })),
            )
                .into_response());
        }
        let text = with_message(&target.text, &edit.id, &edit.text);
        let (result, sources, here) = trial(&session, &target, &text, &edit.id);
        let prepared = match result {
            Ok(prepared) => prepared,
            Err(Failure::Invalid(diagnostics)) => {
                let findings = if here.is_empty() { all_findings(&diagnostics, &sources) } else { here.iter().map(|d| finding(d, &sources)).collect() };
                return Err((StatusCode::UNPROCESSABLE_ENTITY, Json(json!({ "findings": findings }))).into_response());
            }
            Err(failure) => return Err(failure_response(failure, &sources)),
        };
        session.write(&target.file_name, text.as_bytes()).map_err(|f| failure_response(f, &sources))?;
        let state = state_of(&session, &prepared, &sources, &edit.ui.clone().unwrap_or_else(crate::language::page_fallback), None);
        *lock(&session.last_good) = Some(state.clone());
        let preview = match edit.layout.as_deref() {
            Some(key) => Some(preview_of(&session, &prepared, key)?),
            None => None,
        };
        Ok(json!({ "state": state, "preview": preview, "ms": started.elapsed().as_secs_f64() * 1000.0 }))
    })
    .await;
    respond(answer)
}

#[derive(Deserialize)]
pub struct Review {
    lang: String,
    id: String,
    #[serde(default)]
    ui: Option<String>,
}

pub async fn review(State(session): State<Shared>, Json(review): Json<Review>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let _writing = lock(&session.writing);
        let prepared = prepared_now(&session)?;
        target(&session, &prepared, &review.lang, &review.id)?;
        crate::translations::mark_reviewed(
            &prepared,
            &review.lang,
            std::slice::from_ref(&review.id),
        )
        .map_err(|f| failure_response(f, &Sources::default()))?;
        current_state(
            &session,
            &review
                .ui
                .clone()
                .unwrap_or_else(crate::language::page_fallback),
        )
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
}

pub async fn facts(State(session): State<Shared>, Json(edit): Json<FactsEdit>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let _writing = lock(&session.writing);
        let prepared = prepared_now(&session)?;
        let path = session.dir.join(SCHEMA_FILE);
        let old = std::fs::read_to_string(&path)
            .map_err(|e| refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()))?;
        let new = rewrite_facts(&old, &edit, &prepared.declaration)
            .map_err(|why| refuse(StatusCode::BAD_REQUEST, &why))?;
        let overlay = Overlay::default().with(SCHEMA_FILE, new.clone());
        let mut sources = Sources::default();
        let prepared = pipeline::prepare_with(&session.dir, &overlay, &mut sources)
            .map_err(|f| failure_response(f, &sources))?;
        session
            .write(SCHEMA_FILE, new.as_bytes())
            .map_err(|f| failure_response(f, &sources))?;
        let state = state_of(
            &session,
            &prepared,
            &sources,
            &edit
                .ui
                .clone()
                .unwrap_or_else(crate::language::page_fallback),
            None,
        );
        let preview = match edit.layout.as_deref() {
            Some(key) => Some(preview_of(&session, &prepared, key)?),
            None => None,
        };
        Ok(json!({ "state": state, "preview": preview }))
    })
    .await;
    respond(answer)
}

/// `declaration.toml` with the facts the page gives, every other byte as it was.
fn rewrite_facts(old: &str, edit: &FactsEdit, declaration: &Declaration) -> Result<String, String> {
    use toml_edit::{DocumentMut, value};
    let mut document: DocumentMut = old
        .parse()
        .map_err(|e| format!("declaration.toml does not parse: {e}"))?;
    let date = |text: &Option<String>, what: &str| -> Result<Option<toml_edit::Datetime>, String> {
        let Some(text) = text else { return Ok(None) };
        let parsed = Date::parse(text).ok_or_else(|| format!("{what}: {text} is not a date"))?;
        parsed
            .to_string()
            .parse::<toml_edit::Datetime>()
            .map(Some)
            .map_err(|e| e.to_string())
    };
    if let Some(meeting) = document
        .get_mut("meeting")
        .and_then(|m| m.as_table_like_mut())
    {
        if let Some(edition) = edit.edition {
            meeting.insert("edition", value(i64::from(edition)));
        }
        if let Some(opens) = date(&edit.opens, "the first day")? {
            meeting.insert("opens", value(opens));
        }
        if let Some(closes) = date(&edit.closes, "the last day")? {
            meeting.insert("closes", value(closes));
        }
    }
    if let (Some(adoption), Some(table)) = (
        date(&edit.adoption, "the day of adoption")?,
        document
            .get_mut("adoption")
            .and_then(|a| a.as_table_like_mut()),
    ) {
        table.insert("date", value(adoption));
    }
    if let Some(delegations) = document
        .get_mut("delegations")
        .and_then(|d| d.as_array_of_tables_mut())
    {
        for table in delegations.iter_mut() {
            let Some(id) = table.get("id").and_then(|i| i.as_str()).map(str::to_owned) else {
                continue;
            };
            let (Some(count), true) = (edit.counts.get(&id), table.contains_key("count")) else {
                continue;
            };
            if !declaration.delegations.iter().any(|d| d.id == id) {
                continue;
            }
            if let Some(item) = table.get_mut("count").and_then(|c| c.as_value_mut()) {
                // The number replaced, its comment and spacing kept.
                let decor = item.decor().clone();
                *item = toml_edit::Value::from(i64::from(*count));
                *item.decor_mut() = decor;
            }
        }
    }
    Ok(document.to_string())
}

// ---- The preview, a build

#[derive(Deserialize)]
pub struct PreviewQuery {
    layout: Option<String>,
}

/// The preview of one layout of a prepared declaration.
fn preview_of(session: &Session, prepared: &Prepared, key: &str) -> Result<Value, Response> {
    let started = Instant::now();
    let all = layouts(prepared);
    let Some((_, layout)) = all.iter().find(|(k, _)| k == key).or(all.first()) else {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            "the declaration has no output to preview",
        ));
    };
    let preview = session
        .builder
        .preview(prepared, *layout)
        .map_err(|f| failure_response(f, &Sources::default()))?;
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
    Ok(
        json!({ "pages": preview.pages, "anchors": anchors, "ms": started.elapsed().as_secs_f64() * 1000.0 }),
    )
}

pub async fn preview(State(session): State<Shared>, Query(query): Query<PreviewQuery>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let prepared = prepared_now(&session)?;
        preview_of(
            &session,
            &prepared,
            query.layout.as_deref().unwrap_or_default(),
        )
    })
    .await;
    respond(answer)
}

pub async fn build(State(session): State<Shared>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let _writing = lock(&session.writing);
        let mut sources = Sources::default();
        let options = BuildOptions::new(&session.out_dir);
        let report = session
            .builder
            .build(&session.dir, &options, &mut sources)
            .map_err(|f| failure_response(f, &sources))?;
        let names: Vec<String> = report
            .written
            .iter()
            .filter_map(|w| w.path.file_name()?.to_str().map(str::to_owned))
            .collect();
        *lock(&session.built) = names.clone();
        let warnings = report
            .warnings
            .0
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count();
        Ok(json!({ "written": names, "warnings": warnings }))
    })
    .await;
    respond(answer)
}
