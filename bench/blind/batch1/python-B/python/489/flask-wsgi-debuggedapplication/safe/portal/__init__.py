import os

from flask import Flask, abort, render_template, request
from flask_login import LoginManager, current_user, login_required

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["PORTAL_DATABASE_URL"]
    login_manager.init_app(app)

    from .models import Claim, db

    db.init_app(app)

    @app.get("/claims")
    @login_required
    def claims():
        status = request.args.get("status", "open")
        items = Claim.query.filter_by(owner_id=current_user.id, status=status).all()
        return render_template("claims.html", claims=items)

    @app.get("/claims/<int:claim_id>")
    @login_required
    def claim(claim_id: int):
        item = Claim.query.get_or_404(claim_id)
        if item.owner_id != current_user.id:
            abort(404)
        return render_template("claim.html", claim=item)

    return app
