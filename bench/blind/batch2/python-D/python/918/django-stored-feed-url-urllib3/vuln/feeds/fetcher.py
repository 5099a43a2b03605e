import ipaddress
import socket
from urllib.parse import urlsplit

import urllib3

_http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3, read=10), retries=False)


class FeedFetcher:
    max_bytes = 2_000_000

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname)

    def fetch(self, url: str) -> bytes:
        if not self._allowed(url):
            raise ValueError("unsupported feed url")
        resp = _http.request("GET", url, preload_content=False, redirect=False)  # cg-expect: CWE-918
        try:
            return resp.read(self.max_bytes)
        finally:
            resp.release_conn()
