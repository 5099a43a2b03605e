from flask import Blueprint, jsonify

from stores import _doc

bp = Blueprint("stores_admin", __name__)


@bp.get("/admin/stores/count")
def store_count():
    total = int(_doc.xpath("count(/stores/store)"))
    open_now = int(_doc.xpath("count(/stores/store[@status='open'])"))
    return jsonify(total=total, open=open_now)
