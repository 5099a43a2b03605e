from flask import Flask, jsonify


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/status")
    def status():
        return jsonify(ok=True)

    return app
