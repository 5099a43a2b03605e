from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from ..extensions import db
from .models import ResetToken
from .passwords import hash_password

bp = Blueprint("reset", __name__)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset(token):
    record = ResetToken.find_valid(token)
    if record is None:
        abort(404)
    if request.method == "POST":
        new_password = request.form["password"]
        if len(new_password) < 12:
            flash("Use at least 12 characters")
            return render_template("accounts/reset.html", token=token)
        record.user.password_hash = hash_password(new_password)
        record.used = True
        db.session.commit()
        return redirect(url_for("auth.login"))
    return render_template("accounts/reset.html", token=token)
