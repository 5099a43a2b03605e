import ipaddress
import re
import socket
from urllib.parse import urlparse

import requests

TITLE_RE = re.compile(r"<title>([^<]{0,200})</title>", re.I)


def _public_host(host: str) -> bool:
    for info in socket.getaddrinfo(host, None):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            return False
    return True


def fetch_preview(url: str) -> dict:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError("unsupported scheme")
    resp = requests.get(url, timeout=5, allow_redirects=False)  # cg-expect: CWE-918
    m = TITLE_RE.search(resp.text)
    return {"url": url, "status": resp.status_code, "title": m.group(1) if m else None}
