_PRICES = {"TSHIRT-M": 19.0, "MUG": 9.5, "HOODIE-L": 45.0}


async def price_of(sku: str):
    return _PRICES.get(sku)
