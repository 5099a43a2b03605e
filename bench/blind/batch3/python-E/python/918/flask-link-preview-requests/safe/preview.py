import ipaddress
import re
import socket
from urllib.parse import urlparse
import requests

def _allowed(url: str) -> bool:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    addrs = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 443)}
    return all(ipaddress.ip_address(a).is_global for a in addrs)

def fetch_preview(url: str) -> dict:
    if not _allowed(url):
        raise ValueError(url)
    resp = requests.get(url, timeout=4, allow_redirects=False)  # resolved addresses all public
    m = re.search(r"<title>(.*?)</title>", resp.text[:20000], re.S | re.I)
    return {"title": m.group(1).strip() if m else None}
