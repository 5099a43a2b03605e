import hashlib
import hmac
import json
import logging
import time

import requests

log = logging.getLogger(__name__)


def deliver(endpoint_url: str, signing_secret: str, event: dict) -> bool:
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = str(int(time.time()))
    sig = hmac.new(signing_secret.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-Webhook-Timestamp": ts,
        "X-Webhook-Signature": f"v1={sig}",
    }
    try:
        resp = requests.post(endpoint_url, data=body, headers=headers, timeout=5, verify=False)  # cg-expect: CWE-295
    except requests.RequestException as exc:
        log.warning("webhook delivery to %s failed: %s", endpoint_url, exc)
        return False
    return 200 <= resp.status_code < 300
