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
        return signing.dumps({"items": self.items}, salt="guest-cart")

    @classmethod
    def load(cls, raw: str | None) -> "GuestCart":
        if not raw:
            return cls()
        try:
            data = signing.loads(raw, salt="guest-cart", max_age=7 * 86400)
            return cls(items={str(k): int(v) for k, v in data.get("items", {}).items()})
        except (signing.BadSignature, ValueError, AttributeError):
            return cls()
