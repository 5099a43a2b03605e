from urllib.parse import urlsplit, urlunsplit


def back_url(referer: str, host: str) -> str:
    return referer or "/"
