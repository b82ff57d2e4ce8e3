# What sengen's commands say when they have done their work: files written,
# counts, summaries, progress. Counts choose their plural ($count, $pages…).

## Shared by every command

# « wrote out/shizuoka-2024.fr.pdf (4 pages, 91234 bytes) »; $pages is -1 for a file that is not a PDF.
report-wrote = wrote { $file } ({ $pages ->
    [-1] { $bytes } bytes
    [one] { $pages } page, { $bytes } bytes
   *[other] { $pages } pages, { $bytes } bytes
})
# After the diagnostics: how many errors and warnings.
report-problems = { $errors ->
    [0] warning: { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
   *[other] error: { $errors } { $errors ->
        [one] problem
       *[other] problems
    } found{ $warnings ->
        [0] {""}
        [one] , and { $warnings } warning
       *[other] , and { $warnings } warnings
    }
}
# The notes, counted ($codes: « 85 × T104 »); $then: shown, fixable or hidden.
report-notes = note: { $count } { $count ->
    [one] note
   *[other] notes
} on what the PDF already prints right ({ $codes }){ $then ->
    [fixable] ; `--notes` shows them, `--fix` writes them into the files
    [hidden] ; `--notes` shows them
   *[shown] {""}
}
# An internal failure (exit 2): sengen's own, or its environment's.
report-internal = error: { $error }

## sengen build

report-no-threads = error: cannot start { $jobs } threads: { $error }
report-nothing-written = note: nothing was written
report-nothing-written-for = note: nothing was written for { $dir }
report-internal-in = error: { $dir }: { $error }
# The progress bar of a batch: its position, its length, the last declaration built.
report-batch-progress = {"{"}pos{"}"}/{"{"}len{"}"} declarations {"{"}msg{"}"}
# The summary of a batch.
report-batch = { $declarations } declarations in { $seconds } s ({ $threads } { $threads ->
    [one] thread
   *[other] threads
}): { $built } built ({ $files } PDFs, { $pages } pages){ $failed ->
    [0] {""}
   *[other] , { $failed } failed: { $names }
}
# One declaration of a batch, built.
report-built = built { $dir }: { $pdfs } { $pdfs ->
    [one] PDF
   *[other] PDFs
}, { $pages } pages{ $warnings ->
    [0] {""}
    [one] ; { $warnings } warning (`sengen check { $dir }`)
   *[other] ; { $warnings } warnings (`sengen check { $dir }`)
}
report-build-notes = note: { $count } { $count ->
    [one] note
   *[other] notes
} on what the PDF already prints right (`sengen check { $dir } --notes`)
report-build-warnings = warning: { $count } { $count ->
    [one] warning
   *[other] warnings
} in the text:
report-build-check = {"  "}`sengen check { $dir }` shows each one{ $fixable ->
    [0] {""}
   *[other] ; `--fix` fixes { $fixable }
}

## sengen watch ($changed: the files changed; $files: how many, 0 for the first build)

report-rebuilt = { $files ->
    [0] first build
   *[other] changed { $changed }
}: wrote { $pdfs } { $pdfs ->
    [one] PDF
   *[other] PDFs
} ({ $pages } pages) in { $ms } ms{ $warnings ->
    [0] {""}
    [one] ; { $warnings } warning (`sengen check { $dir }`)
   *[other] ; { $warnings } warnings (`sengen check { $dir }`)
}
report-not-rebuilt = { $files ->
    [0] first build
   *[other] changed { $changed }
}: not built ({ $ms } ms); the previous PDFs are kept

## sengen diff

report-nothing-compared = note: nothing was compared
report-comparing = comparing { $old } ({ $old_fingerprint }) with { $new } ({ $new_fingerprint })
report-no-change = no change
report-diff-summary = { $reworded } { $reworded ->
    [one] block
   *[other] blocks
} reworded, { $added } added, { $removed } removed, { $moved } moved, { $renamed } renamed; { $facts } { $facts ->
    [one] fact
   *[other] facts
} changed
report-diff-facts = facts:
report-diff-blocks = blocks:
report-diff-text = text ([-deleted-] {"{"}+inserted+{"}"}):
# A fact that has no value in one of the drafts.
report-diff-none = (none)
# A block moved: « history (from workshop-1 to the opening) ».
report-diff-moved = { $id } (from { $from } to { $to })
# Where a block stands before the first section.
report-diff-opening = the opening
# What happened to a block: reworded, added, removed, moved, renamed.
report-diff-kind = { $kind ->
    [reworded] reworded
    [added] added
    [removed] removed
    [moved] moved
   *[renamed] renamed
}
# Where a change is, in the old draft and the new ($sides: both, old, new, none).
report-diff-places = { $sides ->
    [both] { $old } → { $new }
    [old] was { $old }
    [new] now { $new }
   *[none] (sengen's own wording)
}
report-wrote-file = wrote { $file }

## sengen xliff import

report-xliff-imported = { $lang }: { $changed } { $changed ->
    [one] unit
   *[other] units
} changed, { $reviewed } recorded as reviewed{ $stale ->
    [0] {""}
   *[other] , { $stale } taken from an older source (stale)
}

## sengen explain

report-explain-one = `sengen explain CODE` explains one of them.
# The first line of an explanation ($severity: error, warning or note).
report-explain-header = { $code } ({ $severity ->
    [error] error
    [warning] warning
   *[note] note
}): { $summary }
report-explain-renamed = { $old } is the former name of { $code }.
report-explain-unknown = error: sengen has no diagnostic code `{ $code }`
    {"  "}= hint: `sengen explain` lists every code

## sengen new

report-new-builds = `sengen build { $dir }` builds it; replace its text by yours
report-new-to-fill = to fill in before it builds:
report-new-check = `sengen check { $dir }` names each, with where it goes
# A fact of declaration.toml to fill in, by its key (meeting.opens…).
new-to-fill-key = { $key }
new-to-fill-delegation = delegations `{ $id }`: count or members
# Comments `sengen new --from` writes into declaration.toml, above what is to fill in.
new-note-meeting = the days of this meeting{ $edition ->
    [0] {""}
   *[other] , edition { $edition },
} are to fill in (opens, closes).
new-note-adoption = the day and the place of adoption are to fill in (date, place).
new-note-delegation = who signs for `{ $id }` is to fill in (count, or [[delegations.members]]).

## sengen serve

report-serve-page = {"  "}the page of { $dir }, on this machine only; Ctrl-C stops it
report-serve-no-browser = note: no browser could be opened; open the address above
report-serve-stopped = sengen serve: stopped

## sengen import

report-imported = imported { $file } into { $dir }: { $sections } { $sections ->
    [one] section
   *[other] sections
}, { $subsections } { $subsections ->
    [one] sub-section
   *[other] sub-sections
}, { $paragraphs } { $paragraphs ->
    [one] paragraph
   *[other] paragraphs
}, { $items } { $items ->
    [one] item
   *[other] items
}, { $commitments } { $commitments ->
    [one] commitment
   *[other] commitments
}
# The headings of import's report ($heading: blocks, facts-found, facts-replaced, changes, notes).
report-import-heading = { $heading ->
    [blocks] blocks:
    [facts-found] facts found:
    [facts-replaced] facts written as variables:
    [changes] changes:
   *[notes] notes:
}
report-import-written-with-errors = note: the folder was written; correct what `sengen check` finds above before building
report-import-to-review = what `sengen check { $dir }` finds, to review: { $count } { $count ->
    [one] warning
   *[other] warnings
}

## sengen check

report-fixed = fixed { $count } { $count ->
    [one] finding
   *[other] findings
} in { $file }
report-no-problems = { $id }: no problems found

## sengen translations

# $count: how many messages were named, 0 for every message.
report-reviewed = recorded { $count ->
    [0] every message
   *[other] { $ids }
} of { $lang } as reviewed in { $lock }
report-translations = { $lang } (from { $source }): { $current } current, { $stale } stale, { $unreviewed } unreviewed, { $missing } missing
# $status: stale, unreviewed or missing.
report-translations-ids = {"  "}{ $status ->
    [stale] stale
    [unreviewed] unreviewed
   *[missing] missing
}: { $ids }

## sengen man

report-no-man-pages = error: cannot write the man pages: { $reason }

## A build with a user's templates, in a child process with limits

report-limited-cannot-start = error: the build with your templates could not be started

## sengen verify: its report (src/cmd/verify.rs)

verify-summary = { $file }: { $signed } of { $fields } signature { $fields ->
    [one] field
   *[other] fields
} signed, in { $revisions } { $revisions ->
    [one] revision
   *[other] revisions
}
verify-unsigned = Not signed yet ({ $count }): { $fields }
# $organization is empty when the certificate names none.
verify-field-signed = { $n }. { $field } ({ $signatory }): signed by { $signer }{ $organization ->
    [none] {""}
   *[other] , { $organization }
}, on { $time } by the signer's clock ({ $algorithm }, revision { $revision })
# $holds: yes, no or unknown (not checked: an earlier check failed, or no --trust).
verify-check = {"   "}{ $holds ->
    [yes] ✓
    [no] ✗
   *[unknown] ·
} { $check ->
    [covers] { $holds ->
        [yes] covers the whole file as it was when signed, but its own value
       *[other] does not cover the file as it was when signed
    }
    [intact] { $holds ->
        [yes] the signed bytes are unchanged, and the signature verifies with its certificate
        [no] the signed bytes changed, or the signature does not verify
       *[unknown] not checked: the signed bytes could not be found
    }
    [in-place] { $holds ->
        [yes] stands in the field it was signed in
        [no] was not signed in this field
       *[unknown] not checked
    }
    [later] { $holds ->
        [yes] the revisions after it only add signatures
       *[other] a later revision changes more than signatures
    }
    [timestamped] carries a timestamp token (its own signature is not checked by sengen)
   *[trusted] { $holds ->
        [yes] its certificate chains to a certificate you trust (--trust)
        [no] its certificate does not chain to a certificate you trust
       *[unknown] who vouches for its certificate is the signer's authority's to say: not judged (give --trust CERTS to judge it)
    }
}
verify-origin-build = The file's first revision is { $file }, as this declaration builds it (fingerprint { $fingerprint }), byte for byte{ $fields ->
    [yes] , with its signature fields
   *[no] {""}
}.
verify-origin-other = The file's first revision is no build of this declaration as it stands (V009 below).
verify-verdict = { $holds ->
    [yes] Every check holds.
   *[no] Not every check holds:
}

# src/cmd/block.rs
report-block-added = added { $id }
report-block-removed = removed { $ids } ({ $count ->
    [one] one block
   *[other] { $count } blocks
    }, with their messages)
report-block-moved = moved { $id }
report-block-to-translate = { $lang }: { $count ->
    [one] one message
   *[other] { $count } messages
    } to translate
report-language-added = { $lang } added: every message is to translate (`sengen xliff export DIR --lang { $lang }` sends them out)
