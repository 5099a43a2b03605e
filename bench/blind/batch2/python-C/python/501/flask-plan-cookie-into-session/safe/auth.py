from flask import Blueprint, jsonify, session

bp = Blueprint("auth", __name__)


@bp.post("/logout")
def logout():
    session.clear()
    return jsonify(ok=True)
