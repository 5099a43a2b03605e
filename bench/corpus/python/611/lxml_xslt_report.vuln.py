import sys

from lxml import etree


def render(xml_path, xslt_path):
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.parse(xml_path, parser)  # cg-expect: CWE-611
    transform = etree.XSLT(etree.parse(xslt_path))
    return str(transform(doc))


if __name__ == "__main__":
    print(render(sys.argv[1], sys.argv[2]))
