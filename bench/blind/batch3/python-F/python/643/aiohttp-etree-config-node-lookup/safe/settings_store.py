import re
import xml.etree.ElementTree as ET

_ROOT = ET.parse("/etc/app/settings.xml").getroot()
_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def public_setting(name: str):
    if not _NAME_RE.match(name):
        return None
    nodes = _ROOT.findall(f"./public/setting[@name='{name}']")
    return nodes[0].text if nodes else None
