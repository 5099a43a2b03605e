from urllib.parse import urlparse

import defusedxml.ElementTree as ET
import urllib3

from .models import ApprovedFeed

http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3, read=5), retries=False)


def preview_feed(url: str):
    if urlparse(url).scheme not in ("http", "https"):
        raise ValueError("unsupported scheme")
    resp = http.request("GET", url, preload_content=True)  # cg-expect: CWE-918
    root = ET.fromstring(resp.data[:500_000])
    return [
        {"title": item.findtext("title"), "link": item.findtext("link")}
        for item in root.iter("item")
    ][:20]
