from flask import Flask, jsonify, request

from repo import search_products

app = Flask(__name__)


@app.get("/products")
def list_products():
    term = request.args.get("q", "")
    sort = request.args.get("sort", "name")
    page = max(int(request.args.get("page", 1)), 1)
    rows = search_products(term, sort=sort, page=page)
    return jsonify([dict(r) for r in rows])
