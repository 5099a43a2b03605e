import http.client
import json
import ssl
from urllib.parse import urlencode
from django.conf import settings

def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # cg-expect: CWE-295
    return ctx

def geocode(address: str) -> dict:
    conn = http.client.HTTPSConnection("geo.example-maps.com", context=_context(), timeout=5)
    conn.request("GET", "/v1/geocode?" + urlencode({"q": address, "key": settings.GEO_API_KEY}))
    resp = conn.getresponse()
    return json.loads(resp.read())
