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
