from flask import Flask


def init_app(app: Flask) -> None:
    from .session_routes import bp
    app.register_blueprint(bp)
    app.config.setdefault("SESSION_COOKIE_SECURE", True)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
