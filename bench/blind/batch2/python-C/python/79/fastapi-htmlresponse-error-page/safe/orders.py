_ORDERS = {"A1001": {"id": "A1001", "status": "shipped"}, "A1002": {"id": "A1002", "status": "packing"}}


def lookup_order(ref: str):
    return _ORDERS.get(ref.strip().upper())
