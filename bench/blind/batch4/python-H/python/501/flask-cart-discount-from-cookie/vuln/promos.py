PROMOS = {"SPRING10": {"pct": 10}, "VIP20": {"pct": 20}}


def lookup_promo(code: str):
    return PROMOS.get(code.upper())
