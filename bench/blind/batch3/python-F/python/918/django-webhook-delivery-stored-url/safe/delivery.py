import ipaddress
import json
import socket
from urllib.parse import urlsplit

import requests

from .models import Webhook


class WebhookDispatcher:
    timeout = 5

    def _is_allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("https",) or not parts.hostname:
            return False
        addrs = {i[4][0] for i in socket.getaddrinfo(parts.hostname, parts.port or 443)}
        return all(ipaddress.ip_address(a).is_global for a in addrs)

    def dispatch(self, tenant_id: int, event: dict) -> None:
        for hook in Webhook.objects.filter(tenant_id=tenant_id, active=True):
            if not self._is_allowed(hook.url):
                continue
            requests.post(hook.url, data=json.dumps(event), headers={"Content-Type": "application/json"}, timeout=self.timeout, allow_redirects=False)
