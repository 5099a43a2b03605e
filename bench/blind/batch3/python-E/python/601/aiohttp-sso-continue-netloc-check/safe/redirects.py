from urllib.parse import urlparse

TRUSTED = {"example.com", "www.example.com", "docs.example.com"}

def safe_continue(url: str) -> str:
    parts = urlparse(url)
    if not parts.netloc and not parts.scheme and url.startswith("/") and not url.startswith("//"):
        return url
    if parts.scheme == "https" and parts.hostname in TRUSTED:
        return url
    return "/"
