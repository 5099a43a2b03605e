import xml.etree.ElementTree as ET

import elementpath

_ROOT = ET.parse("/srv/exports/orders.xml").getroot()


def orders_for_reference(ref: str) -> list[str]:
    nodes = elementpath.select(_ROOT, "//order[customer/@ref = $ref]/@id", variables={"ref": ref})
    return [str(n) for n in nodes]
