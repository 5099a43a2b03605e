import pymongo
from flask import Flask, jsonify, request

app = Flask(__name__)
products = pymongo.MongoClient("mongodb://db:27017").shop.products


@app.route("/products/search", methods=["POST"])
def search_products():
    body = request.get_json()
    name_filter = str(body["name"])
    found = products.find({"name": name_filter, "visible": True}).limit(20)
    return jsonify([p["name"] for p in found])
