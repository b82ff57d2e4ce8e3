#!/usr/bin/env python3
"""Writes, once, the LaTeX equivalent of the Shizuoka declaration that
benches/compare.sh typesets with LuaLaTeX: shizuoka.fr.tex, shizuoka.ja.tex and
shizuoka.fr-ja.tex (French and Japanese side by side, block level with block,
with paracol). Same text, structure, fonts (sengen's, from fonts/), page size,
footers (page x/y and the fingerprint) and signature blocks as sengen's PDFs.
Not written: PDF/A and PDF/UA tagging, which sengen's PDFs have (LaTeX's
tagging is still experimental), so LaTeX does less work than sengen here.

The variables sengen supplies are filled in by hand below, as they print in
sengen's PDFs. The .tex files are committed: this script documents how they
were made, and is rerun only if the fixture's text changes."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "fixtures" / "shizuoka-2024"

VARIABLES = {
    "fr": {
        "edition-ordinal": r"8\textsuperscript{e}",
        "previous-edition-ordinal": r"7\textsuperscript{e}",
        "next-edition-ordinal": r"9\textsuperscript{e}",
        "japan-count": "35",
        "france-count": "19",
        "adoption-date": "21 novembre 2024",
        "meeting-dates": "du 18 au 21 novembre 2024",
    },
    "ja": {
        "edition-ordinal": "第8回",
        "previous-edition-ordinal": "第7回",
        "next-edition-ordinal": "第9回",
        "japan-count": "35",
        "france-count": "19",
        "adoption-date": "2024年11月21日",
        "meeting-dates": "2024年11月18日から21日まで",
    },
}

WORDING = {
    "fr": {"signatures": "Signataires", "japan": "Collectivités japonaises",
           "france": "Collectivités françaises", "government": "Collectivité",
           "title": "Titre", "name": "Nom", "signature": "Signature", "seal": "Sceau",
           "blank": "à remplir", "provisional": None, "fingerprint": "Empreinte SHA-256 des sources :"},
    "ja": {"signatures": "署名", "japan": "日本側自治体", "france": "フランス側自治体",
           "government": "自治体名", "title": "役職", "name": "氏名", "signature": "署名",
           "seal": "印", "blank": "（記入欄）", "provisional": "仮訳",
           "fingerprint": "原稿のSHA-256フィンガープリント："},
}

FINGERPRINT = "3f5c0a7e9b12"


def parse_ftl(path):
    """Messages and terms of a Fluent file: id -> text (continuation lines joined)."""
    messages, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            current = None if not line.strip() else current
            continue
        match = re.match(r"^(-?[a-z][a-z0-9-]*) =\s?(.*)$", line)
        if match:
            current = match.group(1)
            messages[current] = match.group(2).strip()
        elif current and line.startswith(" "):
            messages[current] = (messages[current] + " " + line.strip()).strip()
    return messages


def escape(text):
    for a, b in [("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_"), ("~", r"\textasciitilde{}")]:
        text = text.replace(a, b)
    return text


def resolve(messages, lang, key):
    """A message as LaTeX: its placeables filled in, its own text escaped."""
    filled = []

    def placeable(match):
        name = match.group(1).strip()
        value = VARIABLES[lang][name[1:]] if name.startswith("$") else resolve(messages, lang, name)
        filled.append(value)
        return "\x00%d\x00" % (len(filled) - 1)

    text = re.sub(r"\{\s*([^{}]+?)\s*\}", placeable, messages[key])
    text = escape(text)
    text = re.sub(r"<sup>(.*?)</sup>", r"\\textsuperscript{\1}", text)
    return re.sub("\x00(\\d+)\x00", lambda m: filled[int(m.group(1))], text)


def blocks(declaration, messages, lang):
    """The document as (kind, text) blocks, in order."""
    document = declaration["document"]
    t = lambda key: resolve(messages, lang, key)
    out = [("preamble", t(k)) for k in document["preamble"]]
    out.append(("title", (t(document["meeting"]), t(document["title"]), t(document["place-and-date"]))))
    for block in document["body"]:
        kind, value = next(iter(block.items()))
        if kind in ("items", "commitments"):
            out.append((kind, [t(k) for k in value]))
        else:
            out.append((kind, t(value)))
    out += [("paragraph", t(k)) for k in document["closing"]]
    out.append(("dateline", t(document["place-and-date"])))
    return out


def block_tex(kind, text, lang):
    if kind == "title":
        meeting, title, place = text
        return ("\\begin{center}\n{\\large %s}\\par\\medskip\n{\\LARGE\\bfseries %s}\\par\\medskip\n"
                "{\\itshape %s}\\par\\medskip\\rule{0.3\\linewidth}{0.5pt}\\end{center}\n" % (meeting, title, place))
    if kind == "section":
        return "\\section*{%s}\n" % text
    if kind == "subsection":
        return "\\subsection*{%s}\n" % text
    if kind == "items":
        return "\\begin{itemize}\n" + "".join("\\item %s\n" % i for i in text) + "\\end{itemize}\n"
    if kind == "commitments":
        return "\\begin{enumerate}\n" + "".join("\\item %s\n" % i for i in text) + "\\end{enumerate}\n"
    if kind == "dateline":
        return "\\bigskip\\noindent %s\\par\n" % text
    return text + "\\par\n"


def signatures(declaration, messages, lang):
    w = WORDING[lang]
    out = ["\\clearpage\\section*{%s}\n" % w["signatures"]]
    for delegation in declaration["delegations"]:
        members = delegation.get("members", [])
        out.append("\\subsection*{%s}\n\\noindent\n" % w[delegation["id"]])
        for i in range(delegation["count"]):
            if i < len(members):
                m = members[i]
                gov = resolve(messages, lang, m["government"])
                title = resolve(messages, lang, m["title"])
                name = m["family-name"] + " " + m["given-name"]
            else:
                gov = title = name = w["blank"]
            seal = "\\hfill\\fbox{\\rule{0pt}{1.2cm}\\hspace{1.2cm}} %s" % w["seal"] if delegation.get("seal") else ""
            out.append(
                "\\begin{minipage}[t]{0.48\\linewidth}\\small\\textbf{%d.}\\\\ %s : %s\\\\ %s : %s\\\\ %s : %s\\\\[0.6cm]"
                "%s : \\rule{4cm}{0.4pt}%s\\end{minipage}%s\n"
                % (i + 1, w["government"], gov, w["title"], title, w["name"], name, w["signature"], seal,
                   "\\hfill" if i % 2 == 0 else "\\par\\bigskip\\noindent"))
    return "".join(out)


PREAMBLE = r"""%% Written by benches/latex/generate.py for benches/compare.sh; see there.
\documentclass[11pt]{article}
\usepackage[a4paper,hmargin=22mm,top=25mm,bottom=28mm]{geometry}
\usepackage{fontspec}
%(japanese)s
\setmainfont{LibertinusSerif}[Path=../../fonts/libertinus/, Extension=.otf,
  UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Italic, BoldItalicFont=*-BoldItalic]
\usepackage{fancyhdr}
\usepackage{lastpage}
%(paracol)s
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\small\thepage/\pageref*{LastPage}}
\fancyfoot[R]{\small SHA-256 %(short)s}
\setlength{\parskip}{0.5em}
\begin{document}
"""

JAPANESE = r"""\usepackage{luatexja-fontspec}
\setmainjfont{BIZUDMincho-Regular}[Path=../../fonts/bizud/, Extension=.ttf, BoldFont=BIZUDGothic-Bold]"""


def document(lang_blocks, declaration, messages, langs):
    japanese = "ja" in langs
    head = PREAMBLE % {"japanese": JAPANESE if japanese else "",
                       "paracol": "\\usepackage{paracol}" if len(langs) == 2 else "",
                       "short": FINGERPRINT[:8]}
    body = []
    if len(langs) == 1:
        lang = langs[0]
        if WORDING[lang]["provisional"]:
            body.append("\\hfill\\fbox{%s}\\par\n" % WORDING[lang]["provisional"])
        body += [block_tex(k, t, lang) for k, t in lang_blocks[lang]]
        body.append(signatures(declaration, messages[lang], lang))
        body.append("\\par\\bigskip{\\footnotesize %s %s}\n" % (WORDING[lang]["fingerprint"], FINGERPRINT))
    else:
        left, right = langs
        body.append("\\begin{paracol}{2}\n")
        for (k, l), (_, r) in zip(lang_blocks[left], lang_blocks[right]):
            body.append(block_tex(k, l, left) + "\\switchcolumn\n" + block_tex(k, r, right) + "\\switchcolumn*\n")
        body.append("\\end{paracol}\n")
        body.append(signatures(declaration, messages[left], left))
        body.append("\\par\\bigskip{\\footnotesize %s %s}\n" % (WORDING[left]["fingerprint"], FINGERPRINT))
    return head + "".join(body) + "\\end{document}\n"


def main():
    declaration = tomllib.loads((FIXTURE / "declaration.toml").read_text(encoding="utf-8"))
    messages = {lang: parse_ftl(FIXTURE / f"{lang}.ftl") for lang in ("fr", "ja")}
    lang_blocks = {lang: blocks(declaration, messages[lang], lang) for lang in ("fr", "ja")}
    here = Path(__file__).resolve().parent
    for name, langs in [("fr", ["fr"]), ("ja", ["ja"]), ("fr-ja", ["fr", "ja"])]:
        (here / f"shizuoka.{name}.tex").write_text(document(lang_blocks, declaration, messages, langs), encoding="utf-8")


if __name__ == "__main__":
    main()
