from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .avatar import download_avatar
from .images import store_avatar

bp = Blueprint("accounts", __name__)


@bp.post("/me/avatar/import")
@login_required
def import_avatar():
    url = (request.get_json(silent=True) or {}).get("url", "")
    try:
        data = download_avatar(str(url))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    key = store_avatar(current_user.id, data)
    return jsonify(avatar=key)
