from flask import Flask, request, jsonify
from pymongo import MongoClient

from queries import products_above

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.get("/products")
def products():
    min_price = request.args.get("min_price", "0")
    return jsonify(products_above(db, min_price))
