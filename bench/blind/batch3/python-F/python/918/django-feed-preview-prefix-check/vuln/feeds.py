import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

ALLOWED_HOSTS = {"feeds.example.com", "blog.example.com"}


def _check(url: str) -> None:
    if not url.startswith("https://feeds.example.com") and not url.startswith("https://blog.example.com"):
        raise ValueError("feed host not allowed")


def fetch_feed(url: str) -> list[str]:
    _check(url)
    with urllib.request.urlopen(url, timeout=5) as resp:  # cg-expect: CWE-918
        body = resp.read(1_000_000)
    root = ElementTree.fromstring(body)
    return [t.text or "" for t in root.iter("title")]
