from urllib.parse import urlparse

ALLOWED_HOSTS = {"example.com", "app.example.com"}


def pick_return_url(raw: str) -> str:
    parsed = urlparse(raw)
    if not parsed.netloc and not parsed.scheme:
        return raw or "/"
    if parsed.netloc.endswith("example.com"):
        return raw
    return "/"
