import base64
import pickle

from django.core import signing


class WizardState:
    def __init__(self, step: int = 1, data: dict | None = None):
        self.step = step
        self.data = data or {}

    def dump(self) -> str:
        return signing.dumps({"step": self.step, "data": self.data}, salt="signup-wizard")

    @classmethod
    def load(cls, token: str) -> "WizardState":
        if not token:
            return cls()
        raw = signing.loads(token, salt="signup-wizard", max_age=3600)
        return cls(int(raw.get("step", 1)), dict(raw.get("data", {})))
