import urllib.request
from urllib.parse import urlsplit

ALLOWED_PREFIX = "https://cdn.example.com"
ALLOWED_HOSTS = {"cdn.example.com"}
MAX_BYTES = 2 * 1024 * 1024


def is_allowed(url: str) -> bool:
    parts = urlsplit(url)
    return (
        parts.scheme == "https"
        and parts.hostname in ALLOWED_HOSTS
        and parts.username is None
        and parts.port in (None, 443)
    )


def download_avatar(url: str) -> bytes:
    if not is_allowed(url):
        raise ValueError("avatar must be hosted on our CDN")
    with urllib.request.urlopen(url, timeout=5) as resp:
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError("avatar too large")
    return data
