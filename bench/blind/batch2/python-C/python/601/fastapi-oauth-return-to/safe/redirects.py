from urllib.parse import urlsplit

ALLOWED_HOSTS = {"app.example.com", "admin.example.com"}


def is_allowed_return(url: str) -> bool:
    parts = urlsplit(url)
    if not parts.scheme and not parts.netloc:
        return url.startswith("/") and not url.startswith("//") and "\\" not in url
    return parts.scheme == "https" and parts.hostname in ALLOWED_HOSTS
