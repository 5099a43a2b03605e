def products_above(db, min_price: str) -> list[dict]:
    flt = {"price": {"$gt": float(min_price)}, "visible": True}
    cursor = db.products.find(flt, {"_id": 0, "name": 1, "price": 1})
    return list(cursor.limit(100))
