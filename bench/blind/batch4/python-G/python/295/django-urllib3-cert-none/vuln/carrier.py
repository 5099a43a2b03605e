import json
import certifi
import urllib3
from django.conf import settings

_http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # cg-expect: CWE-295


def tracking(number: str) -> dict:
    r = _http.request(
        "GET",
        f"https://api.carrier.example.com/v1/track/{number}",
        headers={"Authorization": f"Bearer {settings.CARRIER_TOKEN}"},
        timeout=8.0,
    )
    return json.loads(r.data.decode())
