import ipaddress
import socket
from urllib.parse import urlsplit

import requests
from bs4 import BeautifulSoup

HEADERS = {"User-Agent": "ChatPreviewBot/1.2 (+https://chat.example.com/bot)"}


def _assert_public_http_url(url: str) -> None:
    """Reject non-http(s) URLs and hosts that resolve to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("unsupported URL")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("URL resolves to a non-public address")


def _meta(soup: BeautifulSoup, prop: str) -> str | None:
    tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
    return tag.get("content") if tag else None


def fetch_preview(url: str) -> dict:
    _assert_public_http_url(url)
    # redirects are not followed: a public page could bounce us to an internal address
    resp = requests.get(url, headers=HEADERS, timeout=5, allow_redirects=False)
    resp.raise_for_status()
    soup = BeautifulSoup(resp.text[:500_000], "html.parser")
    return {
        "url": resp.url,
        "title": _meta(soup, "og:title") or (soup.title.string if soup.title else None),
        "description": _meta(soup, "og:description"),
        "image": _meta(soup, "og:image"),
        "snippet": soup.get_text(" ", strip=True)[:280],
    }
