def products_above(db, min_price: str) -> list[dict]:
    flt = {"$where": f"this.price > {min_price} && this.visible"}
    cursor = db.products.find(flt, {"_id": 0, "name": 1, "price": 1})  # cg-expect: CWE-943
    return list(cursor.limit(100))
