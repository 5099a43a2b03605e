from urllib.parse import urlsplit
import xml.etree.ElementTree as ET

import requests

ALLOWED_FEED_HOSTS = {"feeds.example-news.com", "blog.example.org", "rss.partner.net"}


class FeedImporter:
    def _validate(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise ValueError("unsupported scheme")
        return url

    def import_from(self, url: str) -> int:
        url = self._validate(url)
        resp = requests.get(url, timeout=8)  # cg-expect: CWE-918
        resp.raise_for_status()
        root = ET.fromstring(resp.content)
        return len(root.findall("./channel/item"))
