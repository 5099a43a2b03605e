import secrets
import time
from dataclasses import dataclass, field

DIGITS = "0123456789"


@dataclass
class PendingOtp:
    code: str
    expires: float
    attempts: int = 0


@dataclass
class OtpService:
    length: int = 6
    ttl: int = 300
    _pending: dict[str, PendingOtp] = field(default_factory=dict)

    def _generate(self) -> str:
        return "".join(secrets.choice(DIGITS) for _ in range(self.length))

    def start(self, phone: str) -> str:
        code = self._generate()
        self._pending[phone] = PendingOtp(code, time.monotonic() + self.ttl)
        return code

    def check(self, phone: str, code: str) -> bool:
        entry = self._pending.get(phone)
        if entry is None or entry.expires < time.monotonic():
            return False
        entry.attempts += 1
        if entry.attempts > 5:
            self._pending.pop(phone, None)
            return False
        if entry.code != code:
            return False
        self._pending.pop(phone, None)
        return True
