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
    return base64.urlsafe_b64encode(json.dumps(asdict(cart)).encode()).decode()


def load_cart(raw: str | None) -> Cart:
    if not raw:
        return Cart()
    data = json.loads(base64.urlsafe_b64decode(raw))
    return Cart(items={str(k): int(v) for k, v in data.get("items", {}).items()})
