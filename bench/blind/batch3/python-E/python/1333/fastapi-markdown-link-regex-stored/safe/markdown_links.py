import re

LINK_RE = re.compile(r"\[([^\]\n]{0,200})\]\(([^\s)]{1,2048})\)")

def extract_links(text: str) -> list:
    return [{"text": m.group(1), "url": m.group(2)} for m in LINK_RE.finditer(text[:20000])]
