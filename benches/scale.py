#!/usr/bin/env python3
"""Writes large declarations for the scale benchmark (benches/scale.sh): a
copy of fixtures/lyon-2030 (French) with N signatories, each with their own
local government and name, or with about B bytes of text in paragraphs.

    python3 benches/scale.py signatories 5000 OUT_DIR
    python3 benches/scale.py bytes 2000000 OUT_DIR
    python3 benches/scale.py messages 10000 OUT_DIR
"""
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("coopération décentralisée collectivités territoriales échanges jumelage "
         "développement durable transition numérique résilience jeunesse culture "
         "mobilité économie circulaire agriculture tourisme patrimoine citoyens").split()


def copy(out):
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ROOT / "fixtures" / "lyon-2030", out)
    return (out / "declaration.toml").read_text(encoding="utf-8"), (out / "fr.ftl").read_text(encoding="utf-8")


def signatories(n, out):
    toml, ftl = copy(out)
    # One delegation of n listed members (the second keeps its count of 0 → removed).
    toml = re.sub(r"\[\[delegations\]\].*?(?=\n\[document\])", "", toml, flags=re.S)
    members = ['[[delegations]]\nid = "japan"\nname = "delegation-japan"\n']
    extra = ["delegation-japan = Collectivités participantes\n", "title-mayor = Maire\n"]
    for i in range(n):
        members.append(f'[[delegations.members]]\ngovernment = "gov-{i}"\ntitle = "title-mayor"\n'
                       f'family-name = "Nom{i}"\ngiven-name = "Prénom"\n')
        extra.append(f"gov-{i} = Commune numéro {i}\n")
    toml = toml.replace("\n[document]", "\n" + "\n".join(members) + "\n[document]", 1)
    # The prose counted France's governments too: only Japan's remain.
    ftl = ftl.replace("{ $france-count }", "aucune")
    (out / "declaration.toml").write_text(toml, encoding="utf-8")
    (out / "fr.ftl").write_text(ftl + "".join(extra), encoding="utf-8")


def text_bytes(size, out):
    toml, ftl = copy(out)
    rng = random.Random(7)
    body, messages, total, i = [], [], 0, 0
    while total < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 120)))
        message = f"scale-{i} = Paragraphe {i}. {words.capitalize()}.\n"
        messages.append(message)
        body.append(f'  {{ paragraph = "scale-{i}" }},\n')
        total += len(message.encode())
        i += 1
    # After the fixture's own blocks, before the list closes.
    end = toml.rindex("]")
    toml = toml[:end] + "".join(body) + toml[end:]
    (out / "declaration.toml").write_text(toml, encoding="utf-8")
    (out / "fr.ftl").write_text(ftl + "".join(messages), encoding="utf-8")


def messages(n, out):
    """n short paragraphs of Shizuoka, in French and Japanese, each its own
    message: what grows with the number of messages, not their length."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ROOT / "fixtures" / "shizuoka-2024", out)
    toml = (out / "declaration.toml").read_text(encoding="utf-8")
    body = "".join(f'  {{ paragraph = "p-{i}" }},\n' for i in range(n))
    toml = toml.replace("body = [\n", "body = [\n" + body, 1)
    (out / "declaration.toml").write_text(toml, encoding="utf-8")
    for lang, text in (("fr", "Paragraphe numéro {i} du texte."), ("ja", "本文の第{i}段落。")):
        path = out / f"{lang}.ftl"
        added = "".join(f"p-{i} = {text.format(i=i)}\n" for i in range(n))
        path.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")


if __name__ == "__main__":
    kind, amount, out = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    {"signatories": signatories, "bytes": text_bytes, "messages": messages}[kind](amount, out)
