import io

from lxml import etree

SVG_NS = "{http://www.w3.org/2000/svg}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def read_svg_size(data: bytes):
    tree = etree.parse(io.BytesIO(data), _parser())
    root = tree.getroot()
    if root.tag != f"{SVG_NS}svg":
        raise ValueError("not an svg document")
    width = root.get("width", "0").rstrip("px")
    height = root.get("height", "0").rstrip("px")
    return float(width or 0), float(height or 0)
