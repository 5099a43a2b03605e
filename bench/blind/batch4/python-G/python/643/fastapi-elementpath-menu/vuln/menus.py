import xml.etree.ElementTree as ET
import elementpath

ROOT = ET.parse("/srv/data/menus.xml").getroot()


def dishes_for(rid: str, vegetarian: bool) -> list[str]:
    veg = "true" if vegetarian else "false"
    expr = f"//restaurant[@id = '{rid}']/dish[@veg = '{veg}' or '{veg}' = 'false']/name/text()"
    return [str(x) for x in elementpath.select(ROOT, expr)]  # cg-expect: CWE-643
