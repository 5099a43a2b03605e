from flask import Blueprint, jsonify

bp = Blueprint("shop", __name__)


@bp.get("/health")
def health():
    return jsonify(status="ok")
