from urllib.parse import urlsplit, urlunsplit


def back_target(referer, host: str) -> str:
    if not referer:
        return "/"
    parts = urlsplit(referer)
    if parts.netloc and parts.netloc != host:
        return "/"
    if not parts.path.startswith("/") or parts.path.startswith("//") or "\\" in parts.path:
        return "/"
    return urlunsplit(("", "", parts.path, parts.query, ""))
