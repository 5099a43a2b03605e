import json
from urllib.parse import urlsplit
import urllib3

http = urllib3.PoolManager(timeout=urllib3.Timeout(total=5), retries=False)
CALLBACK_HOSTS = {"hooks.customer-a.com", "integrations.customer-b.io"}


def run_export(params: dict, callback: str | None) -> dict:
    payload = {"rows": 42, "format": params.get("format", "csv")}
    if callback:
        parts = urlsplit(callback)
        if parts.scheme == "https" and parts.hostname in CALLBACK_HOSTS and parts.port in (None, 443):
            http.request("POST", callback, body=json.dumps(payload), headers={"Content-Type": "application/json"}, redirect=False)
    return payload
