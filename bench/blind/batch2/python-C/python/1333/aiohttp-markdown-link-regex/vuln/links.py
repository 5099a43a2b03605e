import re

LINK_RE = re.compile(r"\[(.*)*\]\((.*)\)")


def extract_links(text: str):
    out = []
    for m in LINK_RE.finditer(text):  # cg-expect: CWE-1333
        label, url = m.group(1), m.group(2)
        if url.startswith(("http://", "https://")):
            out.append({"label": label, "url": url})
    return out
