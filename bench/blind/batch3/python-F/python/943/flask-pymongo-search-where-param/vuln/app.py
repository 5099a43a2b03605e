import json

from flask import Flask, jsonify, request

from search import search_products

app = Flask(__name__)


@app.get("/products/search")
def product_search():
    q = request.args.get("q", "")
    extra = request.args.get("where")
    return jsonify(search_products(q, extra))
