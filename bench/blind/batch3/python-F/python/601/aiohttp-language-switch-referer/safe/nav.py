from urllib.parse import urlsplit, urlunsplit


def back_url(referer: str, host: str) -> str:
    parts = urlsplit(referer)
    if parts.netloc and parts.netloc != host:
        return "/"
    return urlunsplit(("", "", parts.path or "/", parts.query, "")) if parts.path.startswith("/") and not parts.path.startswith("//") else "/"
