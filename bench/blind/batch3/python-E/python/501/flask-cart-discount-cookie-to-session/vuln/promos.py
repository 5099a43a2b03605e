PROMOS = {"SPRING10": 10, "VIP25": 25}

def lookup_promo(code: str):
    pct = PROMOS.get(code.upper())
    return {"code": code.upper(), "pct": pct} if pct is not None else None
