import os
from datetime import timedelta

from flask import Flask
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from .db import db

login_manager = LoginManager()
csrf = CSRFProtect()


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SECRET_KEY=os.environ["LIBRARY_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI="sqlite:///library.db",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        WTF_CSRF_TIME_LIMIT=3600,
    )
    if overrides:
        app.config.update(overrides)

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    csrf.init_app(app)

    from .auth import bp as auth_bp
    from .catalog import bp as catalog_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(catalog_bp)
    return app
