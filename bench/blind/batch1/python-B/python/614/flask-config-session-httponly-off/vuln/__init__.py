import os

from flask import Flask, redirect, request, session, url_for
from flask_sqlalchemy import SQLAlchemy

from .config import CONFIGS

db = SQLAlchemy()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[os.environ.get("APP_ENV", "production")])
    db.init_app(app)

    from .agents import check_agent

    @app.post("/login")
    def login():
        agent = check_agent(request.form["email"], request.form["password"])
        if agent is None:
            return redirect(url_for("login_form", failed=1))
        session.clear()
        session["agent_id"] = agent.id
        session.permanent = True
        return redirect("/tickets")

    @app.get("/login")
    def login_form():
        return "<form method=post><input name=email><input name=password type=password></form>"

    return app
