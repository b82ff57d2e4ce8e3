//! The structure changed from the page (« Add after », « Up », « Down »,
//! « Move into… », « Remove »): `sengen block`'s library function
//! (`edit::blocks`), written through `Session::commit`; a refusal said in
//! the form under the block, nothing written.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use super::page::{failure_response, make_change, page_ui, read_now, respond, work};
use super::{Session, lock, refuse};
use crate::diagnostic::Sources;
use crate::edit::blocks::{self, Asked, Kind, Move};

type Shared = Arc<Session>;

#[derive(Deserialize)]
pub struct BlockChange {
    /// `add`, `remove` or `move`.
    action: String,
    /// For `add`: what, after which block, its text per language.
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    after: Option<String>,
    #[serde(default)]
    texts: std::collections::BTreeMap<String, String>,
    /// For `remove` and `move`: which block; for `move`, `up`, `down` or
    /// `into` the heading `into`.
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    into: Option<String>,
    #[serde(default)]
    ui: Option<String>,
    #[serde(default)]
    tab: Option<String>,
}

fn asked(change: &BlockChange) -> Option<Asked> {
    let id = || change.id.clone();
    Some(match change.action.as_str() {
        "add" => Asked::Add {
            kind: Kind::named(change.kind.as_deref()?)?,
            after: change.after.clone()?,
            texts: change
                .texts
                .iter()
                .map(|(l, t)| (l.clone(), t.clone()))
                .collect(),
        },
        "remove" => Asked::Remove { id: id()? },
        "move" => Asked::Move {
            id: id()?,
            to: match change.to.as_deref()? {
                "up" => Move::Up,
                "down" => Move::Down,
                "into" => Move::Into(change.into.clone()?),
                _ => return None,
            },
        },
        _ => return None,
    })
}

/// A block added, removed or moved.
pub async fn block(State(session): State<Shared>, Json(change): Json<BlockChange>) -> Response {
    let answer = work(move || -> Result<Value, Response> {
        let ui = page_ui(change.ui.as_deref());
        let Some(asked) = asked(&change) else {
            return Err(refuse(
                StatusCode::BAD_REQUEST,
                "which change of the structure?",
            ));
        };
        let _writing = lock(&session.writing);
        let (folder, before) = read_now(&session, &ui)?;
        let (ids, changes) = blocks::propose(&before.prepared.declaration, &before.missing, &asked)
            .map_err(|f| failure_response(f, &Sources::default(), &ui))?;
        let update = make_change(
            &session,
            (&folder, &before),
            &changes,
            &ui,
            (change.ui.as_deref(), change.tab.as_deref()),
        )?;
        Ok(json!({ "update": update, "ids": ids }))
    })
    .await;
    respond(answer)
}
