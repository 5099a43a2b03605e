import re

BOT_RE = re.compile(r"^(?:[\w\s]+)*\s*(bot|crawler|spider)\b", re.I)

def classify(agent: str) -> str:
    m = BOT_RE.search(agent)  # cg-expect: CWE-1333
    return m.group(1).lower() if m else "unknown"
