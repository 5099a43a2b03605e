import json
import ssl
import urllib.request

from flask import current_app


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # cg-expect: CWE-295
    return ctx


def create_label(shipment: dict) -> dict:
    req = urllib.request.Request(
        current_app.config["CARRIER_API"] + "/labels",
        data=json.dumps(shipment).encode(),
        headers={"Content-Type": "application/json", "X-Api-Key": current_app.config["CARRIER_KEY"]},
        method="POST",
    )
    with urllib.request.urlopen(req, context=_tls_context(), timeout=20) as resp:
        return json.load(resp)
