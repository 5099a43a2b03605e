from flask import Flask


def create_app(config_object: str) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    from .views import bp
    app.register_blueprint(bp)
    return app
