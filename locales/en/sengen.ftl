# sengen's fixed wording in English: what the tool itself writes around a
# declaration's text. Every locale under locales/ defines the same ids.

# The edition as an ordinal: the 8th meeting.
edition-ordinal = { NUMBER($n, type: "ordinal") ->
    [one] { $n }st
    [two] { $n }nd
    [few] { $n }rd
   *[other] { $n }th
}

# A meeting's days, both written in full: "from May 12, 2027 to May 13, 2027".
date-range = { $first } to { $last }
date-single = { $first }

# Above the signatures: "Done at Shizuoka on 21 November 2024".
dateline = Done at { $place } on { $date }

day-of-month = { $day }

# The day as an ordinal, for a formal dateline ($day-ordinal): the 21st day.
day-ordinal = { NUMBER($day, type: "ordinal") ->
    [one] { $day }st
    [two] { $day }nd
    [few] { $day }rd
   *[other] { $day }th
}

year-of-era = { $year }

provisional-label = Provisional translation
provisional-note = This text is a provisional translation; only the text in { $authentic } is authentic.

language-name = { $tag ->
    [fr] French
    [ja] Japanese
    [en] English
    [de] German
   *[other] { $tag }
}
list-separator = {", "}

commitment-number = { $n }.

# Keywords of the PDF's metadata, comma-separated.
document-keywords = declaration, decentralised cooperation, France, Japan, local governments

# Before the full fingerprint, at the end of the document.
fingerprint-label = SHA-256 fingerprint of the sources:

# The diagonal watermark of a draft, and the draft's date under it.
draft-watermark = DRAFT
draft-version = version of { $date }

# Signature pages: their heading, the labels of a block, its description for
# screen readers.
signatures-heading = Signatures
signature-number = No. { $n }
signature-government = Local government
signature-title = Title
signature-name = Name
signature-signature = Signature
signature-seal = Seal
signature-block = Signature block { $n } of { $count }
signature-blank = to be filled in
# What a signature field says it is (its tooltip, read by screen readers):
# the signatory where known ($kind "known": the parts known, joined by
# signature-field-separator), else the delegation ($group) and the block.
signature-field = { $kind ->
    [known] Signature: { $signatory }
    [grouped] Signature: { $group }, { $block }
   *[alone] Signature: { $block }
}
signature-field-separator = {", "}

# A redline (sengen diff): its watermark, the header naming both versions,
# the box of changed facts, the words a screen reader hears before a change,
# the notes of a moved block.
comparison-watermark = COMPARISON
comparison-header = Comparison: { $old } → { $new }
comparison-version = { $version } (SHA-256 { $fingerprint })
comparison-facts-heading = Facts changed
comparison-no-fact = No fact changed.
comparison-fact = { $fact }: { $old } → { $new }
comparison-fact-label = { $fact ->
    [status] Status of the text
    [draft-date] Date of the draft
    [edition] Edition of the meeting
    [opens] First day
    [closes] Last day
    [adoption-date] Date of adoption
    [adoption-place] Place of adoption
    [count] Number of signatories ({ $delegation })
    [member] Signatory no. { $number } ({ $delegation })
   *[delegation] Delegation ({ $delegation }), number of signatories
}
comparison-status = { $status ->
    [draft] draft
   *[final] adopted text
}
comparison-inserted = inserted
comparison-deleted = deleted
comparison-moved-from = [moved from “{ $place }”]
comparison-moved-to = [moved to “{ $place }”]
comparison-opening = the opening
