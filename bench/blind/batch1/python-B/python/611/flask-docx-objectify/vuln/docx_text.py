from lxml import objectify

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_PARSER = objectify.makeparser(
    remove_blank_text=True,
    resolve_entities=True,
    load_dtd=True,
    huge_tree=True,
)


def extract_paragraphs(document_xml: bytes) -> list[str]:
    root = objectify.fromstring(document_xml, _PARSER)  # cg-expect: CWE-611
    paragraphs = []
    for para in root.iter(f"{{{W_NS}}}p"):
        runs = [t.text or "" for t in para.iter(f"{{{W_NS}}}t")]
        text = "".join(runs).strip()
        if text:
            paragraphs.append(text)
    return paragraphs
