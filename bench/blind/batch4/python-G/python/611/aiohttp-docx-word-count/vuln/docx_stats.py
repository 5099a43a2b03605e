import io
import zipfile
from lxml import etree

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=True, no_network=False, huge_tree=True)


def word_count(blob: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        xml = z.read("word/document.xml")
    root = etree.fromstring(xml, _PARSER)  # cg-expect: CWE-611
    text = " ".join(t.text or "" for t in root.iter(W_NS + "t"))
    return len(text.split())
