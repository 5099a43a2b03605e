import re

BOT_RE = re.compile(r"\b(bot|crawler|spider)\b", re.I)

def classify(agent: str) -> str:
    m = BOT_RE.search(agent[:512])
    return m.group(1).lower() if m else "unknown"
