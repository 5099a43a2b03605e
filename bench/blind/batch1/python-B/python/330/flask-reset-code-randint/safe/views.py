from flask import Blueprint, jsonify, request

from mail import send_mail
from models import User, db
from reset import consume_code, issue_code

bp = Blueprint("password", __name__, url_prefix="/api/password")


@bp.post("/forgot")
def forgot():
    email = (request.json or {}).get("email", "").lower()
    user = User.query.filter_by(email=email).first()
    if user is not None:
        code = issue_code(user)
        send_mail(user.email, "Your reset code", f"Your code is {code}. It expires in 15 minutes.")
    return jsonify(status="sent")


@bp.post("/reset")
def reset():
    data = request.json or {}
    user = User.query.filter_by(email=data.get("email", "").lower()).first()
    if user is None or not consume_code(user, str(data.get("code", ""))):
        return jsonify(error="invalid or expired code"), 400
    user.set_password(data["new_password"])
    db.session.commit()
    return jsonify(status="changed")
