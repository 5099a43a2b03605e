MERCHANTS = {
    "m_1001": {"name": "Corner Books", "active": True},
    "m_1002": {"name": "Bike Hub", "active": True},
    "m_1003": {"name": "Old Deli", "active": False},
}


def is_active_merchant(merchant_id) -> bool:
    m = MERCHANTS.get(str(merchant_id))
    return bool(m and m["active"])
