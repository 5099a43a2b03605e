from flask import Blueprint, flash, redirect, render_template, request, url_for

from .lockout import recent_failures, record_failure
from .users import check_credentials

bp = Blueprint("auth", __name__)
MAX_FAILURES = 5


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    username = request.form.get("username", "")
    if recent_failures(username) >= MAX_FAILURES:
        flash("Account temporarily locked")
        return render_template("auth/login.html"), 429
    if not check_credentials(username, request.form.get("password", "")):
        record_failure(username, request.remote_addr)
        flash("Invalid credentials")
        return render_template("auth/login.html"), 401
    return redirect(url_for("dashboard.index"))
