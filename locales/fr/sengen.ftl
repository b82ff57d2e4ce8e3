# sengen's fixed wording in French: what the tool itself writes around a
# declaration's text. Every locale under locales/ defines the same ids.

# The edition as an ordinal, agreeing with « Rencontres » (feminine plural):
# les 1res Rencontres, les 8e Rencontres. <sup> marks the superscript.
edition-ordinal = { $n ->
    [1] { $n }<sup>res</sup>
   *[other] { $n }<sup>e</sup>
}

# A meeting's days. $first and $last are full dates (21 novembre 2024);
# $first-reduced leaves out what both ends share (du 18 au 21 novembre 2024).
date-range = du { $first-reduced } au { $last }
# A one-day meeting.
date-single = le { $first }

# Above the signatures: « Fait à Shizuoka, le 21 novembre 2024 ».
dateline = Fait à { $place }, le { $date }

# The day of the month inside a date: « le 1er octobre », « le 2 octobre ».
day-of-month = { $day ->
    [1] 1<sup>er</sup>
   *[other] { $day }
}

# The day as an ordinal, for a formal dateline ($day-ordinal): le 1er, le 21e.
day-ordinal = { $day ->
    [1] 1<sup>er</sup>
   *[other] { $day }<sup>e</sup>
}

# The year inside a date, for calendars with eras (unused in French).
year-of-era = { $year }

# A provisional translation says so: a label at the top of every page, and a
# note under the title. $authentic lists the authentic languages' names.
provisional-label = Traduction provisoire
provisional-note = Le présent texte est une traduction provisoire. Seul fait foi le texte en { $authentic }.

# Language names, as $authentic uses them, and how a list of them is joined.
language-name = { $tag ->
    [fr] français
    [ja] japonais
    [en] anglais
    [de] allemand
   *[other] { $tag }
}
list-separator = {", "}

# The number of a commitment (the bullet of an item is in profile.toml).
commitment-number = { $n }.

# Keywords of the PDF's metadata, comma-separated.
document-keywords = déclaration, coopération décentralisée, France, Japon, collectivités locales

# Before the full fingerprint, at the end of the document.
fingerprint-label = Empreinte SHA-256 des sources :

# The diagonal watermark of a draft, and the draft's date under it.
draft-watermark = PROJET
draft-version = version du { $date }

# Signature pages: their heading, the labels of a block, its description for
# screen readers.
signatures-heading = Signatures
signature-number = n° { $n }
signature-government = Collectivité
signature-title = Qualité
signature-name = Nom
signature-signature = Signature
signature-seal = Sceau
signature-block = Bloc de signature { $n } sur { $count }
signature-blank = à remplir
# What a signature field says it is (its tooltip, read by screen readers):
# the signatory where known ($kind "known": the parts known, joined by
# signature-field-separator), else the delegation ($group) and the block.
signature-field = { $kind ->
    [known] Signature : { $signatory }
    [grouped] Signature : { $group }, { $block }
   *[alone] Signature : { $block }
}
signature-field-separator = {", "}

# A redline (sengen diff): its watermark, the header naming both versions,
# the box of changed facts, the words a screen reader hears before a change,
# the notes of a moved block.
comparison-watermark = COMPARAISON
comparison-header = Comparaison : { $old } → { $new }
comparison-version = { $version } (SHA-256 { $fingerprint })
comparison-facts-heading = Faits modifiés
comparison-no-fact = Aucun fait n’a changé.
comparison-fact = { $fact } : { $old } → { $new }
comparison-fact-label = { $fact ->
    [status] Statut du texte
    [draft-date] Date du projet
    [edition] Édition des Rencontres
    [opens] Premier jour
    [closes] Dernier jour
    [adoption-date] Date d’adoption
    [adoption-place] Lieu d’adoption
    [count] Nombre de signataires ({ $delegation })
    [member] Signataire n° { $number } ({ $delegation })
   *[delegation] Délégation ({ $delegation }), nombre de signataires
}
comparison-status = { $status ->
    [draft] projet
   *[final] texte adopté
}
comparison-inserted = ajout
comparison-deleted = suppression
comparison-moved-from = [déplacé depuis « { $place } »]
comparison-moved-to = [déplacé vers « { $place } »]
comparison-opening = le début du texte
