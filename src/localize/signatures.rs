//! The signatures in one language: per delegation (in that language's order
//! of the parties), one block per signatory, with the local government, the
//! representative's title and name where known, blank lines where not;
//! numbered where a delegation has several.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use super::wording::Words;
use super::{Problems, Text, resolve_message};
use crate::check::{Declaration, Language, PersonName};
use crate::diagnostic::Failure;
use crate::language::{Profile, Script, is_kana_or_kanji};

/// A delegation's signatures.
#[derive(Clone)]
pub struct SignatureGroup {
    /// The delegation's index in the declaration, by which the editions of
    /// a bilingual PDF pair their groups (each may list them in its own order).
    pub delegation: usize,
    pub heading: Option<Text>,
    /// Its signatories affix a seal (印).
    pub seal: bool,
    pub blocks: Vec<SignatureBlock>,
}

/// One signatory's block; `None` parts are left blank, to be filled in by hand.
#[derive(Clone)]
pub struct SignatureBlock {
    /// « n° 3 »; none where the delegation has one signatory.
    pub number: Option<Text>,
    pub government: Option<Text>,
    pub title: Option<Text>,
    pub name: Option<String>,
    /// What the block is, for screen readers.
    pub description: String,
    /// The name of its signature field (`sig-shizuoka`, `sig-france-3`):
    /// the same in every language and edition, made from ids.
    pub field: String,
    /// What its signature field says it is (`/TU`), in this language.
    pub field_tooltip: String,
}

/// The labels of the signature pages.
#[derive(Clone)]
pub struct SignatureLabels {
    pub heading: Text,
    pub government: Text,
    pub title: Text,
    pub name: Text,
    pub signature: Text,
    pub seal: Text,
}

impl SignatureLabels {
    pub fn new(wording: &Words) -> Result<Self, Failure> {
        let text = |id: &str| wording.plain(id).map(|t| Text::new(&t));
        Ok(SignatureLabels {
            heading: text("signatures-heading")?,
            government: text("signature-government")?,
            title: text("signature-title")?,
            name: text("signature-name")?,
            signature: text("signature-signature")?,
            seal: text("signature-seal")?,
        })
    }
}

/// The signature groups of the declaration in one language.
pub(crate) fn groups(
    declaration: &Declaration,
    language: &Language,
    bundle: &FluentBundle<&FluentResource>,
    args: &FluentArgs,
    wording: &Words,
    problems: &mut Problems,
) -> Result<Vec<SignatureGroup>, Failure> {
    let mut resolve =
        |id: &crate::check::MessageId| problems.keep(resolve_message(bundle, language, id, args));
    let blank = wording.plain("signature-blank")?;
    let separator = wording.plain("signature-field-separator")?;
    let fields = field_names(declaration);
    let mut groups = Vec::new();
    let order = declaration
        .signatures
        .order_in(&language.tag.to_string(), declaration.delegations.len());
    for index in order {
        let delegation = &declaration.delegations[index];
        let heading = delegation.name.as_ref().and_then(&mut resolve);
        let mut blocks = Vec::new();
        for n in 1..=delegation.count {
            let member = delegation.members.get(n as usize - 1);
            let government = member.and_then(|m| resolve(&m.government));
            let title = member.and_then(|m| m.title.as_ref()).and_then(&mut resolve);
            let name = member
                .and_then(|m| m.name.as_ref())
                .map(|p| person_name(p, language.profile));
            let mut count_args = FluentArgs::new();
            count_args.set("n", n);
            count_args.set("count", delegation.count);
            let number = wording.format("signature-number", &count_args)?;
            let block = wording.format("signature-block", &count_args)?;
            let parts: Vec<String> = [
                government.as_ref().map(Text::plain),
                title.as_ref().map(Text::plain),
                name.clone(),
            ]
            .into_iter()
            .map(|part| part.unwrap_or_else(|| blank.clone()))
            .collect();
            let group = heading
                .as_ref()
                .map(|h| format!("{}, ", h.plain()))
                .unwrap_or_default();
            let known: Vec<String> = [
                government.as_ref().map(Text::plain),
                title.as_ref().map(Text::plain),
                name.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut field_args = FluentArgs::new();
            let kind = match (known.is_empty(), &heading) {
                (false, _) => "known",
                (true, Some(_)) => "grouped",
                (true, None) => "alone",
            };
            field_args.set("kind", kind);
            field_args.set("signatory", known.join(&separator));
            field_args.set(
                "group",
                heading.as_ref().map(Text::plain).unwrap_or_default(),
            );
            field_args.set("block", block.clone());
            let field_tooltip = wording.format("signature-field", &field_args)?;
            blocks.push(SignatureBlock {
                number: (delegation.count > 1).then(|| Text::new(&number)),
                government,
                title,
                name,
                description: format!("{group}{block}: {}", parts.join(", ")),
                field: fields[index][n as usize - 1].clone(),
                field_tooltip,
            });
        }
        groups.push(SignatureGroup {
            delegation: index,
            heading,
            seal: delegation.seal,
            blocks,
        });
    }
    Ok(groups)
}

/// The names of the signature fields, per delegation and block, in the
/// declaration's order (so every language and edition names a block
/// alike): `sig-` and the delegation's id for a delegation of one
/// (`sig-midorikawa`); in a larger one, the government's id without its
/// `gov-` for a known signatory (`sig-shizuoka`), else the delegation's id
/// and the block's number (`sig-france-3`); letters, digits and hyphens only, lower case (a field
/// name is written into the PDF and the generated source), and a second
/// field of one name takes its block's number too.
pub fn field_names(declaration: &Declaration) -> Vec<Vec<String>> {
    let clean = |id: &str| -> String {
        id.chars()
            .map(|c| match c.to_ascii_lowercase() {
                c @ ('a'..='z' | '0'..='9' | '-') => c,
                _ => '-',
            })
            .collect()
    };
    let mut taken = std::collections::HashSet::new();
    let mut names = Vec::new();
    for delegation in &declaration.delegations {
        let delegation_id = clean(&delegation.id);
        let mut blocks = Vec::new();
        for n in 1..=delegation.count {
            // A delegation of one signs as itself: `sig-midorikawa`.
            let numbered = if delegation.count == 1 {
                format!("sig-{delegation_id}")
            } else {
                format!("sig-{delegation_id}-{n}")
            };
            let known = delegation
                .members
                .get(n as usize - 1)
                .filter(|_| delegation.count > 1)
                .map(|member| {
                    let id = &member.government.id;
                    format!("sig-{}", clean(id.strip_prefix("gov-").unwrap_or(id)))
                });
            let mut name = match known {
                Some(name) if !taken.contains(&name) => name,
                Some(name) => format!("{name}-{n}"),
                None => numbered,
            };
            // Ids could still meet (`sig-a-2` made twice); a counter ends it.
            let stem = name.clone();
            let mut again = 2;
            while taken.contains(&name) {
                name = format!("{stem}-{again}");
                again += 1;
            }
            taken.insert(name.clone());
            blocks.push(name);
        }
        names.push(blocks);
    }
    names
}

/// A person's name as a language writes it. A name in kanji or kana keeps
/// its order, family name first (難波 喬司); a language in Latin script writes
/// it romanised, the family name in capitals (NANBA Takashi), or as it is when
/// no romanisation is given (never an invented one). A name in Latin letters
/// is written given name first, the family name in capitals where the
/// language's profile says so (Marie DUPONT in French).
fn person_name(name: &PersonName, profile: &Profile) -> String {
    let join = |a: &str, b: Option<&str>| match b {
        Some(b) => format!("{a} {b}"),
        None => a.to_owned(),
    };
    if name.family.chars().any(is_kana_or_kanji) {
        return match (&name.latin_family, profile.script) {
            (Some(family), Script::Latin) => {
                join(&family.to_uppercase(), name.latin_given.as_deref())
            }
            _ => join(&name.family, name.given.as_deref()),
        };
    }
    let family = if profile.names.family_in_capitals {
        name.family.to_uppercase()
    } else {
        name.family.clone()
    };
    match &name.given {
        Some(given) => format!("{given} {family}"),
        None => family,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(family: &str, given: &str, latin: Option<(&str, &str)>) -> PersonName {
        PersonName {
            family: family.into(),
            given: Some(given.into()),
            latin_family: latin.map(|l| l.0.into()),
            latin_given: latin.map(|l| l.1.into()),
        }
    }

    fn profile(tag: &str) -> &'static Profile {
        crate::language::known(tag)
    }

    #[test]
    fn each_language_orders_names_its_own_way() {
        let nanba = name("難波", "喬司", Some(("Nanba", "Takashi")));
        assert_eq!(person_name(&nanba, profile("ja")), "難波 喬司");
        assert_eq!(person_name(&nanba, profile("fr")), "NANBA Takashi");
        assert_eq!(person_name(&nanba, profile("en")), "NANBA Takashi");
        let unknown_latin = name("難波", "喬司", None);
        assert_eq!(
            person_name(&unknown_latin, profile("fr")),
            "難波 喬司",
            "no invented romanisation"
        );
        let french = name("Dupont", "Marie", None);
        assert_eq!(person_name(&french, profile("fr")), "Marie DUPONT");
        assert_eq!(person_name(&french, profile("en")), "Marie Dupont");
        assert_eq!(person_name(&french, profile("ja")), "Marie Dupont");
    }
}
