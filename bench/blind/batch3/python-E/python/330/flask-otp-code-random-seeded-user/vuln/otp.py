import hmac
import random
import secrets
import time

class OtpService:
    def __init__(self):
        self.pending = {}

    def _code(self, phone: str) -> str:
        rng = random.Random(f"{phone}{int(time.time())}")
        return "%06d" % rng.randrange(1_000_000)  # cg-expect: CWE-330

    def send(self, phone: str) -> None:
        code = self._code(phone)
        self.pending[phone] = (code, time.time() + 300)
        from sms import send_sms
        send_sms(phone, f"Your login code is {code}")

    def verify(self, phone: str, code: str) -> bool:
        entry = self.pending.pop(phone, None)
        return bool(entry) and entry[1] > time.time() and hmac.compare_digest(entry[0], code)
