from django.conf import settings
from pymongo import MongoClient


class CatalogStore:
    def __init__(self):
        self.products = MongoClient(settings.CATALOG_MONGO_URI)["catalog"]["products"]

    def under_price(self, max_price, brand=None) -> list[dict]:
        try:
            limit = float(max_price)
        except (TypeError, ValueError):
            limit = 100.0
        # discounted price is computed from two fields, expressed with $expr instead of JavaScript
        discounted = {"$multiply": ["$price", {"$subtract": [1, "$discount"]}]}
        query = {"$expr": {"$lte": [discounted, limit]}, "active": True}
        if brand:
            query["brand"] = str(brand)
        return list(self.products.find(query, {"_id": 0, "name": 1, "price": 1, "discount": 1}).limit(60))
