import json
import ssl
import urllib.request

from flask import current_app


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=current_app.config.get("CARRIER_CA_FILE"))
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
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
