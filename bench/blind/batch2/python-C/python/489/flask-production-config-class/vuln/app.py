import os

from flask import Flask, jsonify

from config import CONFIGS


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[os.environ.get("APP_ENV", "production")])

    @app.get("/status")
    def status():
        return jsonify(ok=True)

    return app


app = create_app()
