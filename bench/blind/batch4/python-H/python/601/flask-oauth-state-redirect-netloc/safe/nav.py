from urllib.parse import urlparse

TRUSTED = "shop.example.com"


def is_trusted(url: str) -> bool:
    p = urlparse(url)
    if not p.netloc and not p.scheme:
        return url.startswith("/") and not url.startswith("//")
    return p.scheme == "https" and p.hostname == TRUSTED
