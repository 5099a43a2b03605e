from flask import Flask, jsonify


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/")
    def index():
        return jsonify(shop="open")

    @app.get("/items/<int:item_id>")
    def item(item_id):
        return jsonify(id=item_id, price=9.99)

    return app
