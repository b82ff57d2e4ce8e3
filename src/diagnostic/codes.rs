//! The registry of diagnostic codes: every code sengen can report, with its
//! severity. Stages name a `Code`; its severity comes from here. What a code
//! means is the tool's wording (`locales/<lang>/tool/explain.ftl`): its
//! one-line summary (`S001-summary`) and its explanation with an example
//! (`S001`), in every language sengen speaks (a test keeps them complete);
//! `sengen explain CODE` says it, and the table of codes in `docs/format.md`
//! is generated from the English (a test fails when it is stale).
//!
//! One letter, one family. A renamed code keeps its old name as an alias for
//! a release: `Code::find` accepts it, and the table lists the rename.

use super::Severity;
use crate::ui::{Ui, Words};
use crate::words;

/// A family of codes: one letter, one subject (`family-S` in the wording).
pub struct Family {
    pub letter: char,
}

impl Family {
    /// What its codes are about, in `ui`'s language.
    pub fn subject(&self, ui: &Ui) -> String {
        ui.say(&Words::new(family_id(self.letter)))
    }
}

fn family_id(letter: char) -> &'static str {
    match letter {
        'S' => "family-S",
        'F' => "family-F",
        'G' => "family-G",
        'B' => "family-B",
        'X' => "family-X",
        'P' => "family-P",
        'L' => "family-L",
        'T' => "family-T",
        'R' => "family-R",
        'I' => "family-I",
        'V' => "family-V",
        _ => "family-C",
    }
}

/// The families, in the order the table lists them.
pub const FAMILIES: &[Family] = &[
    Family { letter: 'S' },
    Family { letter: 'F' },
    Family { letter: 'G' },
    Family { letter: 'B' },
    Family { letter: 'X' },
    Family { letter: 'P' },
    Family { letter: 'L' },
    Family { letter: 'T' },
    Family { letter: 'R' },
    Family { letter: 'I' },
    Family { letter: 'V' },
    Family { letter: 'C' },
];

/// What the registry says of one code.
pub struct Entry {
    pub code: Code,
    /// `S001`.
    pub name: &'static str,
    pub severity: Severity,
    /// The id of its summary in the tool's wording (`S001-summary`).
    pub summary_id: &'static str,
    /// Names the code had before, still accepted by `sengen explain`.
    pub renamed_from: &'static [&'static str],
}

impl Entry {
    /// One line, for the list and the table of codes, in `ui`'s language.
    pub fn summary(&self, ui: &Ui) -> String {
        ui.say(&Words::new(self.summary_id))
    }

    /// What it means, why it matters, an example and what to do.
    pub fn explanation(&self, ui: &Ui) -> String {
        ui.say(&Words::new(self.name))
    }
}

macro_rules! registry {
    ($( $code:ident $([$($old:literal),*])? : $severity:ident; )*) => {
        /// A diagnostic code. Its name and severity are in `REGISTRY`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($code),* }

        /// Every code, in the order of the table of codes.
        pub const REGISTRY: &[Entry] = &[$(
            Entry {
                code: Code::$code,
                name: stringify!($code),
                severity: Severity::$severity,
                summary_id: concat!(stringify!($code), "-summary"),
                renamed_from: &[$($($old),*)?],
            },
        )*];
    };
}

impl Code {
    /// The code's entry in the registry.
    pub fn entry(self) -> &'static Entry {
        // The registry lists every variant, in declaration order.
        &REGISTRY[self as usize]
    }

    /// `S001`.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    pub fn severity(self) -> Severity {
        self.entry().severity
    }

    /// The code a name stands for (case-insensitive), by its name or a former
    /// one; the flag tells which.
    pub fn find(name: &str) -> Option<(Code, bool)> {
        let name = name.trim().to_ascii_uppercase();
        REGISTRY.iter().find_map(|entry| {
            if entry.name == name {
                Some((entry.code, false))
            } else if entry.renamed_from.contains(&name.as_str()) {
                Some((entry.code, true))
            } else {
                None
            }
        })
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The table of codes as `docs/format.md` shows it (Markdown), generated
/// from the English wording.
pub fn markdown_table() -> String {
    let ui = Ui::english();
    let mut out = format!("{}\n", ui.say(&words!("codes-table-generated")));
    for family in FAMILIES {
        out.push_str(&format!(
            "\n**{}**: {}\n\n{}\n|---|---|---|\n",
            family.letter,
            family.subject(&ui),
            ui.say(&words!("codes-table-header"))
        ));
        for entry in REGISTRY
            .iter()
            .filter(|e| e.name.starts_with(family.letter))
        {
            let severity = entry.severity.name();
            let former = if entry.renamed_from.is_empty() {
                String::new()
            } else {
                format!(
                    " {}",
                    ui.say(&words!(
                        "codes-table-formerly",
                        names = entry.renamed_from.join(", ")
                    ))
                )
            };
            out.push_str(&format!(
                "| {}{former} | {severity} | {} |\n",
                entry.name,
                entry.summary(&ui)
            ));
        }
    }
    let renamed: Vec<String> = REGISTRY
        .iter()
        .flat_map(|e| {
            e.renamed_from
                .iter()
                .map(move |old| format!("{old} → {}", e.name))
        })
        .collect();
    if !renamed.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            ui.say(&words!("codes-table-renamed", renames = renamed.join(", ")))
        ));
    }
    out
}

registry! {
    S001: Error;
    S002: Error;
    S003: Error;
    S004: Error;
    S010: Error;
    S011: Error;
    S012: Error;
    S013: Error;
    S014: Error;
    S015: Error;
    S016: Error;
    S017: Error;
    S018: Error;
    S019: Error;
    S020: Error;
    S021: Error;
    S022: Error;
    S023: Error;
    S024: Error;
    S025: Error;
    S026: Error;
    S027: Error;
    S028: Error;
    S029: Error;
    S040: Error;
    S041: Error;

    F001: Error;
    F002: Error;
    F003: Error;
    F004: Error;
    F005: Error;
    F006: Error;
    F007: Error;
    F010: Error;
    F011: Error;
    F012: Error;
    F013: Error;
    F020: Warning;

    G001: Error;

    B001: Warning;
    B002: Warning;
    B003: Error;

    X001: Error;
    X002: Warning;
    X003: Error;
    X004: Error;

    P001: Warning;

    L001: Error;
    L010: Warning;
    L011: Warning;
    L020: Error;
    L021: Error;
    L030: Error;
    L031: Error;
    L032: Error;
    L033: Error;
    L034: Error;
    L035: Warning;

    T101: Warning;
    T102: Warning;
    T103: Warning;
    T104: Note;
    T105: Warning;
    T106: Warning;
    T107: Warning;
    T108: Warning;
    T109: Warning;
    T201: Warning;
    T202: Warning;
    T203: Warning;
    T204: Warning;

    R001 ["T001"]: Error;
    R002 ["T002"]: Error;
    R003: Warning;
    R030 ["S030"]: Error;
    R031 ["S031"]: Error;
    R032 ["S032"]: Error;
    R033 ["S033"]: Error;
    R034: Error;
    R035: Error;

    V001: Error;
    V002: Error;
    V003: Error;
    V004: Error;
    V005: Error;
    V006: Error;
    V007: Error;
    V008: Error;
    V009: Error;

    I001: Error;
    I002: Error;
    I003: Error;
    I004: Error;
    I005: Warning;
    I006: Error;
    I007: Error;
    I008: Error;
    I009: Error;
    I010: Error;
    I011: Error;
    I012: Warning;

    C001: Error;
    C002: Error;
    C003: Error;
    C004: Error;
    C005: Error;
    C006: Error;
    C007: Error;
    C008: Error;
    C009: Error;
    C010: Error;
    C011: Error;
    C012: Error;
    C013: Error;
    C014: Error;
    C015: Warning;
    C016: Error;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_lists_every_code_in_order_once() {
        for (index, entry) in REGISTRY.iter().enumerate() {
            assert_eq!(entry.code as usize, index, "{}", entry.name);
            assert_eq!(format!("{:?}", entry.code), entry.name);
            assert!(
                FAMILIES.iter().any(|f| entry.name.starts_with(f.letter)),
                "{} has no family",
                entry.name
            );
            assert!(
                entry.explanation(&Ui::english()).lines().count() >= 2,
                "{} needs an explanation",
                entry.name
            );
        }
    }

    #[test]
    fn codes_are_found_by_name_and_former_name() {
        assert_eq!(Code::find("s003"), Some((Code::S003, false)));
        assert_eq!(Code::find("T002"), Some((Code::R002, true)));
        assert_eq!(Code::find("Z999"), None);
        // A former name is never the name of another code.
        for entry in REGISTRY {
            for old in entry.renamed_from {
                assert!(REGISTRY.iter().all(|e| e.name != *old), "{old}");
            }
        }
    }
}
