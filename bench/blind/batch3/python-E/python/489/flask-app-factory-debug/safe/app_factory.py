import os
from flask import Flask

def create_app(env: str) -> Flask:
    app = Flask(__name__)
    app.config["ENV_NAME"] = env
    app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]

    @app.get("/health")
    def health():
        return {"status": "ok", "env": env}

    return app
