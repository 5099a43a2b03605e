import json
from urllib.parse import urlsplit
import urllib3

http = urllib3.PoolManager(timeout=urllib3.Timeout(total=5), retries=False)
CALLBACK_HOSTS = {"hooks.customer-a.com", "integrations.customer-b.io"}


def run_export(params: dict, callback: str | None) -> dict:
    payload = {"rows": 42, "format": params.get("format", "csv")}
    if callback:
        http.request("POST", callback, body=json.dumps(payload), headers={"Content-Type": "application/json"})  # cg-expect: CWE-918
    return payload
