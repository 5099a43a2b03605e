import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse


def _is_public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)


def read_feed(url: str) -> bytes:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError("bad scheme")
    with urllib.request.urlopen(url, timeout=10) as resp:  # cg-expect: CWE-918
        return resp.read(2_000_000)
