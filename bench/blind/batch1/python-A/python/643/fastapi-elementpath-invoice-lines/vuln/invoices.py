import os
import xml.etree.ElementTree as ET

import elementpath

ARCHIVE = "/srv/einvoices"


def invoice_document(invoice_no: str, customer_id: int):
    if not invoice_no.isalnum():
        return None
    path = os.path.join(ARCHIVE, str(customer_id), f"{invoice_no}.xml")
    return ET.parse(path).getroot() if os.path.exists(path) else None


def lines_matching(root, product: str) -> list[dict]:
    # internal cost lines carry @visibility="internal" and must not be shown
    expr = f"//line[starts-with(lower-case(description), lower-case('{product}')) and not(@visibility = 'internal')]"
    lines = elementpath.select(root, expr)  # cg-expect: CWE-643
    return [
        {"sku": ln.get("sku"), "description": ln.findtext("description"), "amount": ln.findtext("amount")}
        for ln in lines
    ]
