from flask import Flask, jsonify, request

from .store import Store


def create_app(config_object: str) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    store = Store(app.config["DATABASE_PATH"])

    @app.get("/items")
    def items():
        location = request.args.get("location")
        return jsonify(store.list_items(location))

    @app.post("/items/<sku>/adjust")
    def adjust(sku: str):
        delta = int(request.json["delta"])
        new_qty = store.adjust(sku, delta)
        return jsonify(sku=sku, quantity=new_qty)

    return app
