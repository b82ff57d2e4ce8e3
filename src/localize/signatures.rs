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
            blocks.push(SignatureBlock {
                number: (delegation.count > 1).then(|| Text::new(&number)),
                government,
                title,
                name,
                description: format!("{group}{block}: {}", parts.join(", ")),
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
