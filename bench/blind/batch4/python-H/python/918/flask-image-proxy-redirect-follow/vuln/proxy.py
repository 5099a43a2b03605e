from urllib.parse import urlparse

import urllib3

http = urllib3.PoolManager(timeout=5.0)
ALLOWED = {"images.example.com", "img.example-cdn.net"}


def fetch_image(src: str) -> tuple[bytes, str]:
    if "example.com" not in src and "example-cdn.net" not in src:
        raise ValueError("host not allowed")
    resp = http.request("GET", src, redirect=True)  # cg-expect: CWE-918
    return resp.data, resp.headers.get("Content-Type", "application/octet-stream")
