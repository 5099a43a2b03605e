import hashlib
import hmac
import json
import ipaddress
import logging
import socket
from urllib.parse import urlsplit

import requests

from models import Webhook, db

log = logging.getLogger(__name__)


def _assert_public_http_url(url: str) -> None:
    """Reject non-http(s) URLs and hosts that resolve to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("unsupported URL")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP):
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise ValueError("URL resolves to a non-public address")


def deliver(event: str, payload: dict, project_id: int) -> None:
    body = json.dumps({"event": event, "data": payload}).encode()
    for hook in Webhook.query.filter_by(project_id=project_id, active=True):
        signature = hmac.new(hook.secret.encode(), body, hashlib.sha256).hexdigest()
        try:
            _assert_public_http_url(hook.url)
        except (ValueError, OSError) as exc:
            hook.last_status = 0
            hook.last_response = f"refused: {exc}"
            db.session.commit()
            continue
        try:
            resp = requests.post(
                hook.url,
                data=body,
                headers={"Content-Type": "application/json", "X-Signature-256": f"sha256={signature}"},
                timeout=10,
                allow_redirects=False,
            )
            hook.last_status = resp.status_code
            hook.last_response = resp.text[:2000]
        except requests.RequestException as exc:
            hook.last_status = 0
            hook.last_response = str(exc)[:2000]
        db.session.commit()
