from urllib.parse import urlsplit, urlunsplit


def back_target(referer, host: str) -> str:
    if not referer:
        return "/"
    return referer
