import hashlib
import hmac
import ipaddress
import json
import socket
from urllib.parse import urlparse

import requests


def _check_target(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host in ("localhost", "127.0.0.1") or host.startswith("10."):
        raise ValueError("internal targets are not allowed")


def send_test_event(url: str, secret: str) -> int:
    _check_target(url)
    body = json.dumps({"event": "ping"}).encode()
    sig = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json", "X-Signature": sig}
    resp = requests.post(url, data=body, headers=headers, timeout=5)  # cg-expect: CWE-918
    return resp.status_code
