import io

from lxml import etree


class LayoutRenderer:
    """Turns a stored XML layout into a list of report sections."""

    def __init__(self):
        self.parser = etree.XMLParser(
            resolve_entities=True,
            load_dtd=True,
            no_network=False,
            remove_comments=True,
        )

    def load(self, xml_text: str):
        source = io.BytesIO(xml_text.encode("utf-8"))
        return etree.parse(source, self.parser)  # cg-expect: CWE-611

    def sections(self, xml_text: str, context: dict) -> list[dict]:
        tree = self.load(xml_text)
        out = []
        for node in tree.getroot().iterfind("section"):
            heading = node.findtext("heading", default="")
            fields = [f.get("key") for f in node.iterfind("field")]
            out.append({
                "heading": heading,
                "rows": [(k, context.get(k, "")) for k in fields if k],
            })
        return out
