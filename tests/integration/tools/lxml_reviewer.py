"""A scripted reviewer for sengen's XLIFF 2.0 tests, editing the file with a
general XML library (lxml, on libxml2): it changes a unit's target and
marks its segment final, as a reviewer's tool would.

    python3 lxml_reviewer.py IN OUT ID TEXT
"""

import sys

from lxml import etree

NS = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def main():
    source, out, unit_id, text = sys.argv[1:5]
    tree = etree.parse(source)
    units = tree.xpath("//x:unit[@id=$id]", namespaces=NS, id=unit_id)
    if len(units) != 1:
        sys.exit(f"no unit {unit_id}")
    segment = units[0].find("x:segment", NS)
    segment.set("state", "final")
    target = segment.find("x:target", NS)
    for child in list(target):
        target.remove(child)
    target.text = text
    tree.write(out, xml_declaration=True, encoding="UTF-8")


if __name__ == "__main__":
    main()
