from flask import Blueprint, jsonify, make_response, request

from .tokens import issue_access_token
from .users import authenticate

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    user = authenticate(data.get("email", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    token = issue_access_token(user.id, user.roles)
    resp = make_response(jsonify(user={"id": user.id, "name": user.name}))
    resp.set_cookie("access_token", token, max_age=3600, path="/", secure=True, httponly=True, samesite="Strict")
    return resp


@bp.post("/logout")
def logout():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("access_token", path="/")
    return resp
