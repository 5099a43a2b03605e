from xml.etree import ElementTree

import elementpath
from defusedxml.ElementTree import fromstring


def extract_values(xml_bytes: bytes, customer_ref: str) -> list[str]:
    root = fromstring(xml_bytes)
    query = "//Line[@customer=$ref]/Amount/text()"
    return [str(v) for v in elementpath.select(root, query, variables={"ref": customer_ref})]
