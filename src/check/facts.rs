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

/// The facts of a declaration, each with its variable name.
pub fn facts(edition: u32, delegation_ids: &[String]) -> Vec<(String, Fact)> {
    let mut facts = vec![
        ("edition".to_owned(), Fact::Edition),
        ("edition-ordinal".to_owned(), Fact::EditionOrdinal),
        ("next-edition-ordinal".to_owned(), Fact::NextEditionOrdinal),
        ("meeting-dates".to_owned(), Fact::MeetingDates),
        ("opening-date".to_owned(), Fact::OpeningDate),
        ("closing-date".to_owned(), Fact::ClosingDate),
        ("adoption-date".to_owned(), Fact::AdoptionDate),
        ("adoption-year".to_owned(), Fact::AdoptionYear),
        ("participant-count".to_owned(), Fact::ParticipantCount),
    ];
    if edition > 1 {
        facts.push((
            "previous-edition-ordinal".to_owned(),
            Fact::PreviousEditionOrdinal,
        ));
    }
    for (index, id) in delegation_ids.iter().enumerate() {
        facts.push((format!("{id}-count"), Fact::DelegationCount(index)));
    }
    facts
}

impl Declaration {
    /// The facts this declaration supplies to its text.
    pub fn facts(&self) -> Vec<(String, Fact)> {
        let ids: Vec<String> = self.delegations.iter().map(|d| d.id.clone()).collect();
        facts(self.meeting.edition, &ids)
    }
}
