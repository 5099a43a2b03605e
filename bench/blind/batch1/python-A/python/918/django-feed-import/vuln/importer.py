from dataclasses import dataclass

import feedparser
import requests

from .models import Feed


@dataclass
class ImportResult:
    ok: bool
    feed: Feed | None = None
    error: str = ""


def import_feed(user, url: str, folder: str) -> ImportResult:
    try:
        resp = requests.get(url, timeout=8, headers={"Accept": "application/rss+xml, application/atom+xml"})  # cg-expect: CWE-918
    except requests.RequestException as exc:
        return ImportResult(False, error=str(exc))
    parsed = feedparser.parse(resp.content)
    if parsed.bozo and not parsed.entries:
        # show what came back so users can debug their feed URL
        return ImportResult(False, error=f"HTTP {resp.status_code}: {resp.text[:300]}")
    feed = Feed.objects.create(owner=user, url=url, folder=folder or "Unsorted",
                               title=parsed.feed.get("title", url)[:200])
    return ImportResult(True, feed=feed)
