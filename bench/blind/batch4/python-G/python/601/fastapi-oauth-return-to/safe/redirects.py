from urllib.parse import urlparse

ALLOWED_HOSTS = {"example.com", "app.example.com"}


def pick_return_url(raw: str) -> str:
    parsed = urlparse(raw)
    if not parsed.netloc and not parsed.scheme:
        if raw.startswith("/") and not raw.startswith("//") and "\\" not in raw:
            return raw
        return "/"
    if parsed.scheme == "https" and parsed.hostname in ALLOWED_HOSTS:
        return raw
    return "/"
