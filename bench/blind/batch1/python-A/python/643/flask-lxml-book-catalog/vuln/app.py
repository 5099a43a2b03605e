from flask import Flask, jsonify, request

from catalog import Catalog

app = Flask(__name__)
catalog = Catalog("/srv/library/catalog.xml")


@app.get("/books")
def find_books():
    title = request.args.get("title", "")
    books = catalog.search_title(title)
    return jsonify(books)


@app.post("/admin/reload")
def reload_catalog():
    catalog.reload()
    return jsonify({"reloaded": True})
