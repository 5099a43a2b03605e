from flask import Blueprint, redirect, render_template, request, session, url_for

from models import User, db
from otp_store import verify_recovery_code

bp = Blueprint("recovery", __name__, url_prefix="/recover")


@bp.route("/verify", methods=["GET", "POST"])
def verify():
    if request.method == "GET":
        return render_template("recover_verify.html", email=request.args.get("email", ""))
    email = request.form.get("email", "").strip().lower()
    code = request.form.get("code", "")
    record = verify_recovery_code(code)
    if record is None:
        return render_template("recover_verify.html", email=email, error="Invalid code"), 400
    session["recovery_email"] = email  # cg-expect: CWE-501
    return redirect(url_for("recovery.new_password"))


@bp.route("/new-password", methods=["GET", "POST"])
def new_password():
    email = session.get("recovery_email")
    if email is None:
        return redirect(url_for("recovery.verify"))
    if request.method == "GET":
        return render_template("recover_new.html")
    user = User.query.filter_by(email=email).first_or_404()
    user.set_password(request.form["password"])
    db.session.commit()
    session.pop("recovery_email", None)
    return redirect(url_for("auth.login"))
