from flask import Blueprint, jsonify

from releases import RELEASES

bp = Blueprint("changelog", __name__)


@bp.get("/releases")
def all_releases():
    ordered = sorted(RELEASES.items(), reverse=True)
    return jsonify(releases=[rel for _key, rel in ordered])
