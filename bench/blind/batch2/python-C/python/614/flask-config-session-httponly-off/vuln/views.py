from flask import Blueprint, jsonify, request, session
from werkzeug.security import check_password_hash

from users import get_user

bp = Blueprint("main", __name__)


@bp.post("/login")
def login():
    user = get_user(request.form["username"])
    if user is None or not check_password_hash(user["pw"], request.form["password"]):
        return jsonify(error="invalid"), 401
    session.clear()
    session["uid"] = user["id"]
    session.permanent = True
    return jsonify(ok=True)


@bp.get("/me")
def me():
    return jsonify(uid=session.get("uid"))
