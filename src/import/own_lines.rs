//! The lines sengen itself prints from the facts, found in a draft that
//! came from a PDF sengen made (or was copied from one): the dateline above
//! the signatures (« Fait à Shizuoka, le 21 novembre 2024 », 「2024年11月21日
//! 静岡にて」) and the notice on a provisional translation (« 本書は仮訳であ
//! り… »). Kept, they would be printed twice; they are left out, each with a
//! note. They are recognised by the language's own wording
//! (`locales/<lang>/sengen.ftl`), its variables matching any text.

use fluent_syntax::ast;
use regex::Regex;
use unic_langid::LanguageIdentifier;

use super::source::Source;
use crate::check::lint::prose::typed_dates;
use crate::language::{self, Profile};
use crate::words;

/// A message of sengen's wording as a pattern: its text as written, each
/// variable any text (captured by name).
fn pattern(lang: &LanguageIdentifier, id: &str) -> Option<Regex> {
    let files = language::wording_files(lang)?;
    for (_, text) in files {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, _)| resource);
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            if message.id.name != id {
                continue;
            }
            let value = message.value.as_ref()?;
            let mut regex = String::from("^");
            for element in &value.elements {
                match element {
                    ast::PatternElement::TextElement { value } => {
                        regex.push_str(&regex::escape(value));
                    }
                    ast::PatternElement::Placeable {
                        expression:
                            ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
                    } => regex.push_str(&format!("(?P<{}>.+?)", id.name.replace('-', "_"))),
                    ast::PatternElement::Placeable { .. } => regex.push_str(".+?"),
                }
            }
            regex.push('$');
            return Regex::new(&regex).ok();
        }
    }
    None
}

/// Leaves out of `source` the lines sengen prints itself: the provisional
/// translation's notice wherever it stands, and the dateline when it is the
/// draft's last paragraph and its date stands in an earlier one too (the
/// place and date under the title, written the same way or another:
/// 「令和8年6月4日」 and 「2026年6月4日」 are one date), so the adoption date
/// keeps its source.
pub fn leave_out(source: &mut Source, lang: &LanguageIdentifier, profile: &Profile) {
    if let Some(notice) = pattern(lang, "provisional-note") {
        let mut left_out = Vec::new();
        source.paragraphs.retain(|p| {
            let own = notice.is_match(p.text.trim());
            if own {
                left_out.push(p.place);
            }
            !own
        });
        for place in left_out {
            source
                .notes
                .push(words!("import-note-own-notice", place = place.words()));
        }
    }
    let Some(dateline) = pattern(lang, "dateline") else {
        return;
    };
    let Some((last, earlier)) = source.paragraphs.split_last() else {
        return;
    };
    let Some(found) = dateline.captures(last.text.trim()) else {
        return;
    };
    let Some(date) = found.name("date").map(|d| d.as_str().to_owned()) else {
        return;
    };
    let writing = profile.prose.dates.as_ref();
    let day = writing.and_then(|w| typed_dates(w, &date).first().map(|(_, day)| *day));
    let stands_earlier = earlier.iter().any(|p| {
        p.text.contains(&date)
            || writing.zip(day).is_some_and(|(w, day)| {
                typed_dates(w, &p.text)
                    .iter()
                    .any(|(_, other)| *other == day)
            })
    });
    if stands_earlier {
        let place = last.place;
        source.paragraphs.pop();
        source
            .notes
            .push(words!("import-note-own-dateline", place = place.words()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::source::{Kind, Paragraph, Place};

    fn paragraph(n: usize, text: &str) -> Paragraph {
        Paragraph {
            place: Place::Line(n),
            text: text.to_owned(),
            bold: false,
            italic: false,
            kind: Kind::Body,
        }
    }

    #[test]
    fn sengens_dateline_and_notice_are_left_out() {
        let mut source = Source {
            paragraphs: vec![
                paragraph(1, "日本国静岡市、令和6年11月21日"),
                paragraph(
                    2,
                    "本書は仮訳であり、フランス語による本文のみを正文とする。",
                ),
                paragraph(3, "我々は再会することを約束する。"),
                paragraph(4, "2024年11月21日\u{3000}静岡にて"),
            ],
            ..Source::default()
        };
        let ja = "ja".parse().unwrap();
        leave_out(&mut source, &ja, language::profile(&ja).unwrap().unwrap());
        let texts: Vec<&str> = source.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "日本国静岡市、令和6年11月21日",
                "我々は再会することを約束する。"
            ]
        );
        assert_eq!(source.notes.len(), 2);
    }

    #[test]
    fn a_dateline_whose_date_stands_nowhere_else_is_kept() {
        let mut source = Source {
            paragraphs: vec![
                paragraph(1, "Nous, réunis."),
                paragraph(2, "Fait à Lyon, le 2 mai 2025"),
            ],
            ..Source::default()
        };
        let fr = "fr".parse().unwrap();
        leave_out(&mut source, &fr, language::profile(&fr).unwrap().unwrap());
        assert_eq!(source.paragraphs.len(), 2);
    }
}
