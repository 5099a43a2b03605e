from flask import Flask, jsonify, request


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        JSON_SORT_KEYS=False,
        MAX_CONTENT_LENGTH=1024 * 1024,
    )

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.post("/convert")
    def convert():
        body = request.get_json(force=True)
        celsius = float(body["celsius"])
        return jsonify(fahrenheit=celsius * 9 / 5 + 32)

    return app
