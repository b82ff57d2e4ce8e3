# sengen's fixed wording in German: what the tool itself writes around a
# declaration's text. Every locale under locales/ defines the same ids.

# The edition as an ordinal: das 3. Forum.
edition-ordinal = { $n }.

# A meeting's days, both in full (ICU writes a day alone without its dot):
# vom 10. Juni 2031 bis 12. Juni 2031; a one-day meeting: am 12. Juni 2031.
date-range = vom { $first } bis { $last }
date-single = am { $first }

# Above the signatures: « Geschehen zu Freiburg im Breisgau am 12. Juni 2031 ».
dateline = Geschehen zu { $place } am { $date }

# ICU writes the day's dot itself (12. Juni); no era years in German.
day-of-month = { $day }

# The day as an ordinal, for a formal dateline ($day-ordinal): am 21. Tag.
day-ordinal = { $day }.

year-of-era = { $year }

# A provisional translation says so: a label at the top of every page, and a
# note under the title.
provisional-label = Vorläufige Übersetzung
provisional-note = Dieser Text ist eine vorläufige Übersetzung; verbindlich ist allein der Text in { $authentic }.

language-name = { $tag ->
    [fr] französischer Sprache
    [ja] japanischer Sprache
    [en] englischer Sprache
    [de] deutscher Sprache
   *[other] { $tag }
}
list-separator = {", "}

commitment-number = { $n }.

# Keywords of the PDF's metadata, comma-separated.
document-keywords = Erklärung, kommunale Zusammenarbeit, Deutschland, Japan, Kommunen

# Before the full fingerprint, at the end of the document.
fingerprint-label = SHA-256-Fingerabdruck der Quellen:

# The diagonal watermark of a draft, and the draft's date under it.
draft-watermark = ENTWURF
draft-version = Fassung vom { $date }

# Signature pages: their heading, the labels of a block, its description for
# screen readers.
signatures-heading = Unterschriften
signature-number = Nr. { $n }
signature-government = Kommune
signature-title = Funktion
signature-name = Name
signature-signature = Unterschrift
signature-seal = Siegel
signature-block = Unterschriftsblock { $n } von { $count }
signature-blank = auszufüllen
# What a signature field says it is (its tooltip, read by screen readers).
signature-field = { $kind ->
    [known] Unterschrift: { $signatory }
    [grouped] Unterschrift: { $group }, { $block }
   *[alone] Unterschrift: { $block }
}
signature-field-separator = {", "}

# A redline (sengen diff): its watermark, the header naming both versions,
# the box of changed facts, the words a screen reader hears before a change,
# the notes of a moved block.
comparison-watermark = VERGLEICH
comparison-header = Vergleich: { $old } → { $new }
comparison-version = { $version } (SHA-256 { $fingerprint })
comparison-facts-heading = Geänderte Tatsachen
comparison-no-fact = Keine Tatsache hat sich geändert.
comparison-fact = { $fact }: { $old } → { $new }
comparison-fact-label = { $fact ->
    [status] Status des Textes
    [draft-date] Datum des Entwurfs
    [edition] Ausgabe des Treffens
    [opens] Erster Tag
    [closes] Letzter Tag
    [adoption-date] Datum der Annahme
    [adoption-place] Ort der Annahme
    [count] Zahl der Unterzeichner ({ $delegation })
    [member] Unterzeichner Nr. { $number } ({ $delegation })
   *[delegation] Delegation ({ $delegation }), Zahl der Unterzeichner
}
comparison-status = { $status ->
    [draft] Entwurf
   *[final] angenommener Text
}
comparison-inserted = eingefügt
comparison-deleted = gestrichen
comparison-moved-from = [verschoben aus „{ $place }“]
comparison-moved-to = [verschoben nach „{ $place }“]
comparison-opening = dem Anfang
