from flask import Flask, abort, jsonify, request

from catalog import Catalog

app = Flask(__name__)
catalog = Catalog("data/catalog.xml")


@app.get("/catalog/item")
def item():
    sku = request.args.get("sku", "")
    if not sku:
        abort(400)
    found = catalog.find_by_sku(sku)
    if found is None:
        abort(404)
    return jsonify(found)
