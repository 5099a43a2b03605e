from urllib.parse import urlsplit


def safe_next(candidate, default: str) -> str:
    if not candidate:
        return default
    if candidate.startswith("/"):
        return candidate
    return default
