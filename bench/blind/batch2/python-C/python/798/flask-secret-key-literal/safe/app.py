import os

from flask import Flask, jsonify, session

from auth import bp as auth_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.register_blueprint(auth_bp)

    @app.get("/whoami")
    def whoami():
        return jsonify(uid=session.get("uid"), role=session.get("role"))

    return app
