from flask import Flask, jsonify, request

from querying import build_filter
from pymongo import MongoClient

app = Flask(__name__)
products = MongoClient("mongodb://mongo:27017").shop.products


@app.get("/products/search")
def search():
    flt = build_filter(request.args)
    flt["visible"] = True
    docs = list(products.find(flt, {"_id": 0}).limit(50))
    return jsonify(products=docs)
