import hashlib
import hmac
import json
import logging

import requests

from models import Webhook, db

log = logging.getLogger(__name__)


def deliver(event: str, payload: dict, project_id: int) -> None:
    body = json.dumps({"event": event, "data": payload}).encode()
    for hook in Webhook.query.filter_by(project_id=project_id, active=True):
        signature = hmac.new(hook.secret.encode(), body, hashlib.sha256).hexdigest()
        try:
            resp = requests.post(  # cg-expect: CWE-918
                hook.url,
                data=body,
                headers={"Content-Type": "application/json", "X-Signature-256": f"sha256={signature}"},
                timeout=10,
            )
            hook.last_status = resp.status_code
            hook.last_response = resp.text[:2000]
        except requests.RequestException as exc:
            hook.last_status = 0
            hook.last_response = str(exc)[:2000]
        db.session.commit()
