import urllib.request
from urllib.parse import urlsplit

ALLOWED_PREFIX = "https://cdn.example.com"
ALLOWED_HOSTS = {"cdn.example.com"}
MAX_BYTES = 2 * 1024 * 1024


def is_allowed(url: str) -> bool:
    return url.startswith(ALLOWED_PREFIX)


def download_avatar(url: str) -> bytes:
    if not is_allowed(url):
        raise ValueError("avatar must be hosted on our CDN")
    with urllib.request.urlopen(url, timeout=5) as resp:  # cg-expect: CWE-918
        data = resp.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError("avatar too large")
    return data
