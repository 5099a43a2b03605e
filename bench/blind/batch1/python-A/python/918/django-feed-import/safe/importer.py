import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import feedparser
import requests

from .models import Feed


@dataclass
class ImportResult:
    ok: bool
    feed: Feed | None = None
    error: str = ""


def _is_public_destination(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)


def import_feed(user, url: str, folder: str) -> ImportResult:
    if not _is_public_destination(url):
        return ImportResult(False, error="feed host is not reachable from the public internet")
    try:
        resp = requests.get(url, timeout=8, allow_redirects=False,
                            headers={"Accept": "application/rss+xml, application/atom+xml"})
    except requests.RequestException as exc:
        return ImportResult(False, error=str(exc))
    parsed = feedparser.parse(resp.content)
    if parsed.bozo and not parsed.entries:
        # show what came back so users can debug their feed URL
        return ImportResult(False, error=f"HTTP {resp.status_code}: {resp.text[:300]}")
    feed = Feed.objects.create(owner=user, url=url, folder=folder or "Unsorted",
                               title=parsed.feed.get("title", url)[:200])
    return ImportResult(True, feed=feed)
