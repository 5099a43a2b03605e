from django.conf import settings
from pymongo import MongoClient


class CatalogStore:
    def __init__(self):
        self.products = MongoClient(settings.CATALOG_MONGO_URI)["catalog"]["products"]

    def under_price(self, max_price, brand=None) -> list[dict]:
        # discounted price is computed from two fields, hence the JS predicate
        query = {"$where": "this.price * (1 - this.discount) <= " + max_price, "active": True}
        if brand:
            query["brand"] = brand
        return list(self.products.find(query, {"_id": 0, "name": 1, "price": 1, "discount": 1}).limit(60))  # cg-expect: CWE-943
