from flask import Flask


def create_app(config_object: str = "config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    from .routes import bp
    app.register_blueprint(bp)
    return app
