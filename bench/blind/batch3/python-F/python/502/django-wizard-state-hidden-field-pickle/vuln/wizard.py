import base64
import pickle

from django.core import signing


class WizardState:
    def __init__(self, step: int = 1, data: dict | None = None):
        self.step = step
        self.data = data or {}

    def dump(self) -> str:
        return base64.b64encode(pickle.dumps({"step": self.step, "data": self.data})).decode()

    @classmethod
    def load(cls, token: str) -> "WizardState":
        if not token:
            return cls()
        raw = pickle.loads(base64.b64decode(token))  # cg-expect: CWE-502
        return cls(int(raw.get("step", 1)), dict(raw.get("data", {})))
