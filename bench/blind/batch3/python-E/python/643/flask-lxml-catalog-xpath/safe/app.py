from flask import Flask, jsonify, abort
from catalog import find_item

app = Flask(__name__)

@app.get("/items/<sku>")
def item(sku):
    found = find_item(sku)
    if found is None:
        abort(404)
    return jsonify(found)
