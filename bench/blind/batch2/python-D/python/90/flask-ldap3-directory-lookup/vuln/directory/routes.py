from flask import Blueprint, jsonify, request
from flask_login import login_required

from .ldap_client import find_people

bp = Blueprint("directory", __name__, url_prefix="/directory")


@bp.get("/search")
@login_required
def search():
    fragment = request.args.get("name", "").strip()
    if len(fragment) < 2:
        return jsonify(results=[])
    return jsonify(results=find_people(fragment))
