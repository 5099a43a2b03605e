import base64
import json
import pickle
from dataclasses import dataclass, field, asdict


@dataclass
class Cart:
    items: dict = field(default_factory=dict)

    def add(self, sku: str, qty: int) -> None:
        self.items[sku] = self.items.get(sku, 0) + qty


def dump_cart(cart: Cart) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()


def load_cart(raw: str | None) -> Cart:
    if not raw:
        return Cart()
    return pickle.loads(base64.urlsafe_b64decode(raw))  # cg-expect: CWE-502
