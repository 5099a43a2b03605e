import re

LINK_RE = re.compile(r"\[([^\[\]]{1,200})\]\(([^()\s]{1,500})\)")


def extract_links(text: str):
    out = []
    for m in LINK_RE.finditer(text[:10000]):
        label, url = m.group(1), m.group(2)
        if url.startswith(("http://", "https://")):
            out.append({"label": label, "url": url})
    return out
