from flask import Blueprint, make_response, redirect, request, url_for
from flask_login import current_user, login_required

from .remember import issue_token

bp = Blueprint("remember", __name__)


@bp.post("/settings/remember-device")
@login_required
def remember_device():
    resp = make_response(redirect(url_for("settings.index")))
    if request.form.get("enable") == "1":
        resp.set_cookie("remember", issue_token(current_user.id), max_age=30 * 86400,
                        secure=True, httponly=True, samesite="Lax")
    else:
        resp.delete_cookie("remember")
    return resp
