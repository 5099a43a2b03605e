import time

import requests

SERVICES = {
    "billing": "https://billing.example.com/healthz",
    "search": "https://search.example.com/healthz",
    "auth": "https://auth.example.com/healthz",
}


def check_service(service: str) -> dict:
    url = SERVICES.get(service) or f"https://{service}/healthz"
    started = time.monotonic()
    try:
        resp = requests.get(url, timeout=3)  # cg-expect: CWE-918
        healthy = resp.status_code == 200
        detail = resp.text[:200]
    except requests.RequestException as exc:
        healthy, detail = False, type(exc).__name__
    return {
        "service": service,
        "healthy": healthy,
        "latency_ms": int((time.monotonic() - started) * 1000),
        "detail": detail,
    }
