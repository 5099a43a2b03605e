from flask import Flask, jsonify, request

STOCK = {"A100": 12, "B200": 0}


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/stock/<sku>")
    def stock(sku: str):
        return jsonify(sku=sku, qty=STOCK.get(sku, 0))

    @app.post("/stock/<sku>")
    def adjust(sku: str):
        STOCK[sku] = STOCK.get(sku, 0) + int(request.form["delta"])
        return jsonify(sku=sku, qty=STOCK[sku])

    return app
