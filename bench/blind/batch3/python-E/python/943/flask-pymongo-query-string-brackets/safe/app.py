from flask import Flask, request, jsonify
from pymongo import MongoClient
from querystring import parse_filters

app = Flask(__name__)
products = MongoClient("mongodb://mongo:27017")["shop"]["products"]

@app.get("/products")
def list_products():
    spec = {"published": True}
    spec.update(parse_filters(request.args))
    docs = products.find(spec, {"_id": 0}).limit(100)  # fields and operators allow-listed
    return jsonify(list(docs))
