from datetime import datetime, timedelta, timezone

import jwt
from flask import Blueprint, current_app, jsonify, make_response, request

from users import authenticate

bp = Blueprint("auth", __name__)
TOKEN_LIFETIME = timedelta(hours=12)


def _issue(user) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user.id), "role": user.role, "iat": now, "exp": now + TOKEN_LIFETIME}
    return jwt.encode(claims, current_app.config["JWT_SIGNING_KEY"], algorithm="HS256")


@bp.post("/auth/login")
def login():
    data = request.get_json(silent=True) or {}
    user = authenticate(data.get("username", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(user={"id": user.id, "name": user.display_name}))
    resp.set_cookie("access_token", _issue(user), max_age=int(TOKEN_LIFETIME.total_seconds()))  # cg-expect: CWE-614
    return resp


@bp.post("/auth/logout")
def logout():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("access_token")
    return resp
