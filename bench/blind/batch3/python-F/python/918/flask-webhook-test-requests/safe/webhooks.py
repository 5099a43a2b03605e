import ipaddress
import socket
from urllib.parse import urlparse

import requests


def _check_public(url: str) -> None:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("https URL required")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global:
            raise ValueError("destination not allowed")


def send_test_event(url: str) -> int:
    _check_public(url)
    resp = requests.post(url, json={"event": "ping"}, timeout=5, allow_redirects=False)
    return resp.status_code
