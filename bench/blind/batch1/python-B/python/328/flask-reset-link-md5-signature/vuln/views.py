from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from models import User, db
from reset_tokens import make_token, read_token
from mailer import send_reset_mail

bp = Blueprint("reset", __name__)


@bp.route("/password/forgot", methods=["POST"])
def forgot():
    user = User.query.filter_by(email=request.form.get("email", "").lower()).first()
    if user:
        link = url_for("reset.reset", token=make_token(user.id), _external=True)
        send_reset_mail(user.email, link)
    flash("If that address exists, a reset link is on its way.")
    return redirect(url_for("auth.login"))


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset(token):
    user_id = read_token(token)
    if user_id is None:
        abort(404)
    if request.method == "GET":
        return render_template("reset.html", token=token)
    user = db.session.get(User, user_id)
    user.set_password(request.form["password"])
    db.session.commit()
    return redirect(url_for("auth.login"))
