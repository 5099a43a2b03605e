import re

LINK_RE = re.compile(r"\[((?:[^\]]|\\.)*)\]\(((?:\S+\s?)+)\)")

def extract_links(text: str) -> list:
    return [{"text": m.group(1), "url": m.group(2)} for m in LINK_RE.finditer(text)]  # cg-expect: CWE-1333
