import json
import os

import certifi
import urllib3

API = "https://api.carrier.example.net/v2/rates"
http = urllib3.PoolManager(cert_reqs="CERT_NONE")  # cg-expect: CWE-295


def quote(origin: str, destination: str, weight_grams: int) -> dict:
    payload = {"from": origin, "to": destination, "weight": weight_grams}
    resp = http.request(
        "POST",
        API,
        body=json.dumps(payload),
        headers={"Content-Type": "application/json", "X-Api-Key": os.environ["CARRIER_API_KEY"]},
        timeout=8.0,
    )
    if resp.status != 200:
        return {"available": False}
    data = json.loads(resp.data)
    return {"available": True, "price": data["price"], "currency": data.get("currency", "EUR")}
