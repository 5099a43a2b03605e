import hashlib
import hmac
import ipaddress
import json
import socket
from urllib.parse import urlparse

import requests


def _check_target(url: str) -> None:
    host = urlparse(url).hostname or ""
    if urlparse(url).scheme != "https":
        raise ValueError("https required")
    for info in socket.getaddrinfo(host, 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("internal targets are not allowed")


def send_test_event(url: str, secret: str) -> int:
    _check_target(url)
    body = json.dumps({"event": "ping"}).encode()
    sig = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json", "X-Signature": sig}
    resp = requests.post(url, data=body, headers=headers, timeout=5, allow_redirects=False)
    return resp.status_code
