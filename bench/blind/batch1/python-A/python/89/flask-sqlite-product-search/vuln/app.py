from flask import Flask, g, jsonify, request

from catalog import search_products

app = Flask(__name__)
app.config["DATABASE"] = "/var/lib/shop/catalog.sqlite3"


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/api/products")
def products():
    term = request.args.get("q", "")
    category = request.args.get("category", type=int)
    page = max(request.args.get("page", 1, type=int), 1)
    items = search_products(term, category, limit=20, offset=(page - 1) * 20)
    return jsonify({"page": page, "items": items})
