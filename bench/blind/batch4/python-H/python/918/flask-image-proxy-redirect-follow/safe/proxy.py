from urllib.parse import urlparse

import urllib3

http = urllib3.PoolManager(timeout=5.0)
ALLOWED = {"images.example.com", "img.example-cdn.net"}


def fetch_image(src: str) -> tuple[bytes, str]:
    p = urlparse(src)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        raise ValueError("host not allowed")
    resp = http.request("GET", src, redirect=False)
    return resp.data, resp.headers.get("Content-Type", "application/octet-stream")
