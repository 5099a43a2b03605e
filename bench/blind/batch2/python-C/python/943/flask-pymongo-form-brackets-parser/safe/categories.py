from flask import Blueprint, jsonify
from pymongo import MongoClient

bp = Blueprint("categories", __name__)
_products = MongoClient("mongodb://mongo:27017").shop.products


@bp.get("/products/categories")
def categories():
    names = _products.distinct("category", {"visible": True})
    return jsonify(categories=sorted(n for n in names if isinstance(n, str)))
