from flask import Flask, abort, jsonify, request

from catalog import find_product

app = Flask(__name__)


@app.get("/products")
def product():
    sku = request.args.get("sku", "")
    item = find_product(sku)
    if item is None:
        abort(404)
    return jsonify(item)
