import base64
import pickle
from dataclasses import dataclass, field

from django.core import signing

COOKIE_NAME = "guest_cart"


@dataclass
class GuestCart:
    items: dict = field(default_factory=dict)

    def add(self, sku: str, qty: int) -> None:
        self.items[sku] = self.items.get(sku, 0) + qty

    def dump(self) -> str:
        return base64.urlsafe_b64encode(pickle.dumps(self)).decode()

    @classmethod
    def load(cls, raw: str | None) -> "GuestCart":
        if not raw:
            return cls()
        try:
            return pickle.loads(base64.urlsafe_b64decode(raw))  # cg-expect: CWE-502
        except Exception:
            return cls()
