from flask import Flask, jsonify, request


def create_app() -> Flask:
    app = Flask(__name__)

    @app.get("/quote")
    def quote():
        qty = int(request.args.get("qty", "1"))
        unit = 12.5
        return jsonify(qty=qty, total=round(qty * unit, 2))

    @app.get("/healthz")
    def health():
        return jsonify(status="ok")

    return app
