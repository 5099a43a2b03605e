import os

from flask import Flask

from views import bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.config["PERMANENT_SESSION_LIFETIME"] = 8 * 3600
    app.config["SESSION_COOKIE_HTTPONLY"] = False  # cg-expect: CWE-614
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.register_blueprint(bp)
    return app
