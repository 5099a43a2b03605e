import re

from pymongo import MongoClient

_products = MongoClient("mongodb://catalog-db:27017")["shop"]["products"]


def search_products(q: str, extra) -> list[dict]:
    flt = {"name": {"$regex": re.escape(q), "$options": "i"}, "published": True}
    if extra:
        return []
    cursor = _products.find(flt, {"_id": 0, "name": 1, "price": 1}).limit(30)
    return list(cursor)
