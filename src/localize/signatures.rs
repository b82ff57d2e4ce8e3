//! The signature pages in one language: per delegation, one block per
//! signatory, numbered, with the local government, the representative's title
//! and name where known, blank lines where not.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

use super::wording::Wording;
use super::{Text, resolve_message};
use crate::check::{Declaration, Language, PersonName};
use crate::diagnostic::{Diagnostic, Failure};

/// A delegation's signatures.
pub struct SignatureGroup {
    pub heading: Option<Text>,
    /// Its signatories affix a seal (印).
    pub seal: bool,
    pub blocks: Vec<SignatureBlock>,
}

/// One signatory's block; `None` parts are left blank, to be filled in by hand.
pub struct SignatureBlock {
    /// « n° 3 ».
    pub number: Text,
    pub government: Option<Text>,
    pub title: Option<Text>,
    pub name: Option<String>,
    /// What the block is, for screen readers.
    pub description: String,
}

/// The labels of the signature pages.
pub struct SignatureLabels {
    pub heading: Text,
    pub government: Text,
    pub title: Text,
    pub name: Text,
    pub signature: Text,
    pub seal: Text,
}

impl SignatureLabels {
    pub fn new(wording: &Wording) -> Result<Self, String> {
        let none = FluentArgs::new();
        let text = |id: &str| wording.format(id, &none).map(|t| Text::new(&t));
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
pub fn groups(
    declaration: &Declaration,
    language: &Language,
    bundle: &FluentBundle<&FluentResource>,
    args: &FluentArgs,
    wording: &Wording,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<SignatureGroup>, Failure> {
    let mut resolve =
        |id: &crate::check::MessageId| match resolve_message(bundle, language, id, args) {
            Ok(text) => Some(text),
            Err(d) => {
                diagnostics.push(d);
                None
            }
        };
    let blank = wording
        .format("signature-blank", &FluentArgs::new())
        .map_err(Failure::Internal)?;
    let mut groups = Vec::new();
    for delegation in &declaration.delegations {
        let heading = delegation.name.as_ref().and_then(&mut resolve);
        let mut blocks = Vec::new();
        for n in 1..=delegation.count {
            let member = delegation.members.get(n as usize - 1);
            let government = member.and_then(|m| resolve(&m.government));
            let title = member.and_then(|m| m.title.as_ref()).and_then(&mut resolve);
            let name = member
                .and_then(|m| m.name.as_ref())
                .map(|p| person_name(p, language.tag.language.as_str()));
            let mut count_args = FluentArgs::new();
            count_args.set("n", n);
            count_args.set("count", delegation.count);
            let number = wording
                .format("signature-number", &count_args)
                .map_err(Failure::Internal)?;
            let block = wording
                .format("signature-block", &count_args)
                .map_err(Failure::Internal)?;
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
            blocks.push(SignatureBlock {
                number: Text::new(&number),
                government,
                title,
                name,
                description: format!("{group}{block}: {}", parts.join(", ")),
            });
        }
        groups.push(SignatureGroup {
            heading,
            seal: delegation.seal,
            blocks,
        });
    }
    Ok(groups)
}

/// A person's name as a language writes it. Japanese writes the family name
/// first (難波 喬司); French writes a Japanese name family name first in
/// capitals (NANBA Takashi) and a French one « Prénom NOM »; a name with no
/// Latin form stays in its own script.
fn person_name(name: &PersonName, lang: &str) -> String {
    let cjk_name = name
        .family
        .chars()
        .any(|c| ('\u{3040}'..='\u{9fff}').contains(&c));
    let cjk_language = matches!(lang, "ja" | "zh" | "ko");
    let join = |a: &str, b: Option<&str>| match b {
        Some(b) => format!("{a} {b}"),
        None => a.to_owned(),
    };
    match (cjk_name, cjk_language) {
        (true, true) => join(&name.family, name.given.as_deref()),
        (true, false) => match &name.latin_family {
            Some(family) => join(&family.to_uppercase(), name.latin_given.as_deref()),
            None => join(&name.family, name.given.as_deref()),
        },
        (false, _) => {
            let family = if lang == "fr" {
                name.family.to_uppercase()
            } else {
                name.family.clone()
            };
            match &name.given {
                Some(given) => format!("{given} {family}"),
                None => family,
            }
        }
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

    #[test]
    fn each_language_orders_names_its_own_way() {
        let nanba = name("難波", "喬司", Some(("Nanba", "Takashi")));
        assert_eq!(person_name(&nanba, "ja"), "難波 喬司");
        assert_eq!(person_name(&nanba, "fr"), "NANBA Takashi");
        let unknown_latin = name("難波", "喬司", None);
        assert_eq!(
            person_name(&unknown_latin, "fr"),
            "難波 喬司",
            "no invented romanisation"
        );
        let french = name("Dupont", "Marie", None);
        assert_eq!(person_name(&french, "fr"), "Marie DUPONT");
        assert_eq!(person_name(&french, "en"), "Marie Dupont");
    }
}
