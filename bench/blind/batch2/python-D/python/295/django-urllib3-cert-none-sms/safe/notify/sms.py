import json

import certifi
import urllib3
from django.conf import settings


class SmsGateway:
    def __init__(self):
        self.http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), timeout=urllib3.Timeout(total=10))
        self.endpoint = settings.SMS_GATEWAY_URL

    def send(self, to: str, text: str) -> str:
        resp = self.http.request(
            "POST", self.endpoint,
            body=json.dumps({"to": to, "text": text}),
            headers={"Content-Type": "application/json", "Authorization": f"Key {settings.SMS_GATEWAY_KEY}"},
        )
        if resp.status >= 300:
            raise RuntimeError(f"gateway error {resp.status}")
        return json.loads(resp.data)["message_id"]
