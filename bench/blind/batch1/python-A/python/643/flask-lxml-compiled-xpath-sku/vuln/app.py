from flask import Flask, jsonify

from inventory import stock_level

app = Flask(__name__)

WAREHOUSES = {"ams", "fra", "lhr"}


@app.get("/stock/<warehouse>/<path:sku>")
def stock(warehouse: str, sku: str):
    if warehouse not in WAREHOUSES:
        return jsonify({"error": "unknown warehouse"}), 404
    return jsonify({"warehouse": warehouse, "items": stock_level(sku, warehouse)})
