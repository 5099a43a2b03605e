from urllib.parse import urlsplit

BLOCKED_SCHEMES = {"javascript", "data", "vbscript"}


def clean_next(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme.lower() in BLOCKED_SCHEMES:
        return "/"
    return value
