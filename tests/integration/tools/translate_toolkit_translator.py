"""A scripted translator for sengen's XLIFF tests, working as a translation
tool would: it opens an XLIFF 1.2 file with translate-toolkit's own reader,
changes the targets of two units, marks the first one final and the second
one translated (not approved), and saves the file through translate-toolkit.

    python3 translate_toolkit_translator.py IN OUT FINAL_ID FINAL_TEXT OTHER_ID OTHER_TEXT
"""

import sys

from translate.storage import xliff


def main():
    source, out, final_id, final_text, other_id, other_text = sys.argv[1:7]
    store = xliff.xlifffile.parsefile(source)
    done = set()
    for unit in store.units:
        # translate-toolkit names a unit "<file>\x04<id>".
        uid = unit.getid().split("\x04")[-1]
        if uid == final_id:
            unit.target = final_text
            unit.markapproved(True)
            unit.set_state_n(xliff.xliffunit.S_FINAL)
            done.add(uid)
        elif uid == other_id:
            unit.target = other_text
            unit.markapproved(False)
            unit.set_state_n(xliff.xliffunit.S_TRANSLATED)
            done.add(uid)
    if done != {final_id, other_id}:
        sys.exit(f"units not found: {sorted({final_id, other_id} - done)}")
    store.savefile(out)


if __name__ == "__main__":
    main()
