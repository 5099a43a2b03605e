from flask import Blueprint, redirect, render_template, request, session, url_for

from accounts import verify_credentials
from urls import safe_next

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html", next=request.args.get("next", ""))
    user = verify_credentials(request.form["email"], request.form["password"])
    if user is None:
        return render_template("login.html", error="Invalid login"), 401
    session.clear()
    session["user_id"] = user.id
    target = safe_next(request.args.get("next"), default=url_for("dashboard.home"))
    return redirect(target)
