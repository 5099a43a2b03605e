import xml.etree.ElementTree as ET

import elementpath

_ROOT = ET.parse("/srv/exports/orders.xml").getroot()


def orders_for_reference(ref: str) -> list[str]:
    nodes = elementpath.select(_ROOT, f"//order[customer/@ref = '{ref}']/@id")  # cg-expect: CWE-643
    return [str(n) for n in nodes]
