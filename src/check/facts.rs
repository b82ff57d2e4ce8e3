//! The facts a declaration's text may use as Fluent variables.
//!
//! Facts are data: the text says `{ $japan-count }` or `{ $edition-ordinal }`
//! and the pipeline supplies the value from `declaration.toml`. This list is
//! the single contract between the check stage (which rejects any other
//! variable) and the localize stage (which computes each value).

use super::Declaration;

/// One variable the pipeline supplies to every message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact {
    /// `$edition`: the edition number (8).
    Edition,
    /// `$edition-ordinal`: the edition as an ordinal (« 8ᵉ », 第8回).
    EditionOrdinal,
    /// `$previous-edition-ordinal`: only from the second edition on.
    PreviousEditionOrdinal,
    /// `$next-edition-ordinal`.
    NextEditionOrdinal,
    /// `$meeting-dates`: the meeting's days as a range (« du 18 au 21 novembre 2024 »).
    MeetingDates,
    /// `$opening-date`, `$closing-date`, `$adoption-date`: full dates.
    OpeningDate,
    ClosingDate,
    AdoptionDate,
    /// `$adoption-year`: the year of adoption, as written in dates.
    AdoptionYear,
    /// `$<delegation>-count`: the size of the delegation at this index.
    DelegationCount(usize),
    /// `$participant-count`: all delegations together.
    ParticipantCount,
}

/// The variables that only a declaration adopted at a meeting has, and
/// which fact of the meeting each names.
pub const MEETING_VARIABLES: &[(&str, Fact)] = &[
    ("edition", Fact::Edition),
    ("edition-ordinal", Fact::EditionOrdinal),
    ("previous-edition-ordinal", Fact::PreviousEditionOrdinal),
    ("next-edition-ordinal", Fact::NextEditionOrdinal),
    ("meeting-dates", Fact::MeetingDates),
    ("opening-date", Fact::OpeningDate),
    ("closing-date", Fact::ClosingDate),
];

/// The facts of a declaration, each with its variable name: those of its
/// meeting (`edition` is `None` for a declaration adopted at none; the
/// previous edition exists from the second on), its adoption, its delegations.
pub fn facts(edition: Option<u32>, delegation_ids: &[String]) -> Vec<(String, Fact)> {
    let mut facts: Vec<(String, Fact)> = MEETING_VARIABLES
        .iter()
        .filter(|(_, fact)| match (edition, fact) {
            (None, _) => false,
            (Some(edition), Fact::PreviousEditionOrdinal) => edition > 1,
            _ => true,
        })
        .map(|(name, fact)| ((*name).to_owned(), fact.clone()))
        .collect();
    facts.extend([
        ("adoption-date".to_owned(), Fact::AdoptionDate),
        ("adoption-year".to_owned(), Fact::AdoptionYear),
        ("participant-count".to_owned(), Fact::ParticipantCount),
    ]);
    for (index, id) in delegation_ids.iter().enumerate() {
        facts.push((format!("{id}-count"), Fact::DelegationCount(index)));
    }
    facts
}

impl Declaration {
    /// The facts this declaration supplies to its text.
    pub fn facts(&self) -> Vec<(String, Fact)> {
        let ids: Vec<String> = self.delegations.iter().map(|d| d.id.clone()).collect();
        facts(self.meeting.as_ref().map(|m| m.edition), &ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(facts: Vec<(String, Fact)>) -> Vec<String> {
        facts.into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn the_variables_follow_the_facts_present() {
        let ids = ["japan".to_owned()];
        let eighth = names(facts(Some(8), &ids));
        assert!(eighth.contains(&"previous-edition-ordinal".to_owned()));
        assert!(eighth.contains(&"japan-count".to_owned()));
        let first = names(facts(Some(1), &ids));
        assert!(!first.contains(&"previous-edition-ordinal".to_owned()));
        assert!(first.contains(&"meeting-dates".to_owned()));
        let signed = names(facts(None, &ids));
        assert_eq!(
            signed,
            [
                "adoption-date",
                "adoption-year",
                "participant-count",
                "japan-count"
            ]
        );
    }
}
