//! The delegations and their signatories. A delegation's count is the length
//! of its list of members, or the declared count when the list is unknown or
//! partial; a declared count that disagrees with a complete list is an error.

use std::collections::BTreeMap;

use toml::Spanned;

use super::MessageId;
use crate::diagnostic::{Code, Diagnostic, Diagnostics, FileId, Span};
use crate::load::schema::{self, DeclarationFile, SignatureLayout};
use crate::words;

/// A delegation, checked.
pub struct Delegation {
    pub id: String,
    /// Where declaration.toml names it, and gives its count (its name when
    /// the count comes from the list).
    pub span: Span,
    pub count_span: Span,
    /// How many local governments sign for it.
    pub count: u32,
    /// Names it above its signatures.
    pub name: Option<MessageId>,
    /// Its signatories affix a seal (印).
    pub seal: bool,
    /// The signatories known by name; blocks up to `count` stay blank.
    pub members: Vec<Member>,
}

pub struct Member {
    pub government: MessageId,
    pub title: Option<MessageId>,
    pub name: Option<PersonName>,
}

/// A person's name, its parts kept apart so each language orders them its own way.
#[derive(Debug, Clone)]
pub struct PersonName {
    pub family: String,
    pub given: Option<String>,
    pub latin_family: Option<String>,
    pub latin_given: Option<String>,
}

impl Delegation {
    /// Every message id the delegation needs in every language.
    pub fn message_ids(&self) -> impl Iterator<Item = &MessageId> {
        self.name.iter().chain(
            self.members
                .iter()
                .flat_map(|m| std::iter::once(&m.government).chain(m.title.iter())),
        )
    }
}

/// Checks the delegations: ids, counts against lists.
/// The most signatories a delegation may have: a meeting of the series
/// gathers a few dozen local governments; a declaration of 500 builds in a
/// few seconds (benches/scale_signatories.sh); tens of thousands would take
/// gigabytes.
pub const MOST_SIGNATORIES: u32 = 1000;

pub fn check(
    schema: &DeclarationFile,
    file: FileId,
    diagnostics: &mut Diagnostics,
) -> Vec<Delegation> {
    let span = |s: std::ops::Range<usize>| Span::new(file, s);
    let id_of = |m: &schema::MessageRef| MessageId {
        id: m.get_ref().clone(),
        span: span(m.span()),
    };
    let mut seen: Vec<&Spanned<String>> = Vec::new();
    let mut delegations = Vec::new();
    for delegation in &schema.delegations {
        let id = &delegation.id;
        if !crate::fluent::is_variable_id(id.get_ref()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::S015,
                    words!(
                        "S015-not-valid-delegation-id",
                        id = id.get_ref().to_string()
                    ),
                )
                .at(span(id.span()), words!("label-invalid-id"))
                .hint(words!("S015-start-with-letter-use-hint")),
            );
        }
        if let Some(first) = seen.iter().find(|s| s.get_ref() == id.get_ref()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::S016,
                    words!(
                        "S016-two-delegations-are-called",
                        id = id.get_ref().to_string()
                    ),
                )
                .at(span(id.span()), words!("label-second-one"))
                .related(span(first.span()), words!("label-first-one"))
                .hint(words!("S016-give-each-delegation-own-hint")),
            );
        }
        seen.push(id);

        let listed = delegation.members.len() as u32;
        let count = match &delegation.count {
            None if listed == 0 => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::S027,
                        words!(
                            "S027-delegation-has-neither-count",
                            id = id.get_ref().to_string()
                        ),
                    )
                    .at(span(id.span()), words!("label-how-many-sign"))
                    .hint(words!("S027-list-signatories-under-delegations-hint")),
                );
                0
            }
            None => listed,
            Some(count) => {
                let declared = count.get_ref().0;
                let disagrees = if delegation.complete.0 {
                    declared != listed && listed > 0
                } else {
                    declared < listed
                };
                if disagrees {
                    diagnostics.push(
                        Diagnostic::new(
                            Code::S028,
                            words!(
                                "S028-count-but-delegation-lists",
                                declared = declared,
                                id = id.get_ref().to_string(),
                                listed = listed
                            ),
                        )
                        .at(
                            span(count.span()),
                            words!("label-declared", declared = declared),
                        )
                        .hint(if delegation.complete.0 {
                            words!("S028-remove-count-hint")
                        } else {
                            words!("S028-partial-list-hint")
                        }),
                    );
                }
                declared
            }
        };
        // A count sengen would lay out in blocks by the thousand: refused
        // before a page is made (a typo of a zero, or a hostile file).
        let count = if count > MOST_SIGNATORIES {
            let at = delegation.count.as_ref().map_or(id.span(), |c| c.span());
            diagnostics.push(
                Diagnostic::new(
                    Code::S041,
                    words!(
                        "S041-too-many-signatories",
                        id = id.get_ref(),
                        count = count,
                        most = MOST_SIGNATORIES
                    ),
                )
                .at(span(at), words!("label-too-many"))
                .hint(words!("S041-too-many-hint", most = MOST_SIGNATORIES)),
            );
            0
        } else {
            count
        };
        let members = delegation
            .members
            .iter()
            .map(|m| Member {
                government: id_of(&m.government),
                title: m.title.as_ref().map(id_of),
                name: m.family_name.clone().map(|family| PersonName {
                    family,
                    given: m.given_name.clone(),
                    latin_family: m.latin_family_name.clone(),
                    latin_given: m.latin_given_name.clone(),
                }),
            })
            .collect();
        delegations.push(Delegation {
            id: id.get_ref().clone(),
            span: span(id.span()),
            count_span: delegation
                .count
                .as_ref()
                .map_or_else(|| span(id.span()), |c| span(c.span())),
            count,
            name: delegation.name.as_ref().map(id_of),
            seal: delegation.seal.0,
            members,
        });
    }
    delegations
}

/// How the signatures are set, checked.
pub struct Signatures {
    pub layout: SignatureLayout,
    /// Per language tag, the order of the parties in that language's copy,
    /// as indices into the delegations; the schema's order when absent.
    pub order: BTreeMap<String, Vec<usize>>,
    /// Every PDF gets a signature field per signatory (`fields = true`).
    pub fields: bool,
}

impl Signatures {
    /// The parties in the order of a language's copy.
    pub fn order_in(&self, lang: &str, delegations: usize) -> Vec<usize> {
        self.order
            .get(lang)
            .cloned()
            .unwrap_or_else(|| (0..delegations).collect())
    }
}

/// Up to this many signatories, the signatures stand under the dateline by
/// default; more take pages of their own.
pub const INLINE_AT_MOST: u32 = 6;

/// Checks the signature settings: every order names each delegation once.
pub fn settings(
    schema: &DeclarationFile,
    file: FileId,
    delegations: &[Delegation],
    diagnostics: &mut Diagnostics,
) -> Signatures {
    let span = |s: std::ops::Range<usize>| Span::new(file, s);
    let ids: Vec<&String> = delegations.iter().map(|d| &d.id).collect();
    let signatories: u32 = delegations.iter().map(|d| d.count).sum();
    let layout = match &schema.signatures.layout {
        Some(layout) => *layout.get_ref(),
        None if signatories <= INLINE_AT_MOST => SignatureLayout::Inline,
        None => SignatureLayout::Pages,
    };
    let mut order = BTreeMap::new();
    for (lang, listed) in &schema.signatures.order {
        let mut indices = Vec::new();
        for id in listed.get_ref() {
            let at = span(id.span());
            match ids.iter().position(|known| *known == id.get_ref()) {
                Some(index) if indices.contains(&index) => diagnostics.push(
                    Diagnostic::new(
                        Code::S040,
                        words!(
                            "S040-signatures-order-names-twice",
                            lang = lang.to_string(),
                            id = id.get_ref().to_string()
                        ),
                    )
                    .at(at, words!("label-again"))
                    .hint(words!("S040-name-each-delegation-once-hint")),
                ),
                Some(index) => indices.push(index),
                None => {
                    let mut d = Diagnostic::new(
                        Code::S040,
                        words!(
                            "S040-signatures-order-names-which",
                            lang = lang.to_string(),
                            id = id.get_ref().to_string()
                        ),
                    )
                    .at(at, words!("label-no-such-delegation"));
                    if let Some(close) = super::messages::closest(id.get_ref(), ids.iter().copied())
                    {
                        d = d.hint(words!("F010-did-you-mean-hint", close = close.to_string()));
                    }
                    diagnostics.push(d.hint(words!(
                            "S040-delegations-are-vec-hint",
                            delegations = (ids
                                .iter()
                                .map(|i| format!("`{i}`"))
                                .collect::<Vec<_>>()
                                .join(", "))
                            .to_string()
                        )));
                }
            }
        }
        let left_out: Vec<String> = (0..ids.len())
            .filter(|i| !indices.contains(i))
            .map(|i| format!("`{}`", ids[i]))
            .collect();
        if !left_out.is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    Code::S040,
                    words!(
                        "S040-signatures-order-leaves-out",
                        lang = lang.to_string(),
                        left_out = left_out.join(", ").to_string()
                    ),
                )
                .at(span(listed.span()), words!("label-incomplete"))
                .hint(words!("S040-order-names-every-delegation-hint")),
            );
        }
        order.insert(lang.clone(), indices);
    }
    Signatures {
        layout,
        order,
        fields: schema.signatures.fields,
    }
}
