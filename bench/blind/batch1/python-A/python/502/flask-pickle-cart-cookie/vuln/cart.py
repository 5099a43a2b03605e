import base64
import binascii
import pickle
from dataclasses import dataclass, field


# prices always come from the catalogue, never from the client
PRICES = {"TEE-BLK-M": 1999, "TEE-WHT-M": 1999, "MUG-LOGO": 1250, "STICKERS": 400}


@dataclass
class Cart:
    items: dict[str, int] = field(default_factory=dict)  # sku -> quantity

    def add(self, sku: str, qty: int) -> None:
        if sku not in PRICES:
            raise KeyError(sku)
        self.items[sku] = self.items.get(sku, 0) + max(qty, 1)

    def total_cents(self) -> int:
        return sum(PRICES.get(sku, 0) * qty for sku, qty in self.items.items())


def dump_cart(cart: Cart) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cart)).decode()


def load_cart(raw: str | None) -> Cart:
    if not raw:
        return Cart()
    try:
        blob = base64.urlsafe_b64decode(raw.encode())
    except (binascii.Error, ValueError):
        return Cart()
    cart = pickle.loads(blob)  # cg-expect: CWE-502
    return cart if isinstance(cart, Cart) else Cart()
