from flask import Blueprint, jsonify, request

from .registry import LicenseRegistry

bp = Blueprint("licensing", __name__)
registry = LicenseRegistry("/etc/app/licenses.xml")


@bp.post("/api/license/activate")
def activate():
    data = request.get_json(force=True)
    key = str(data.get("key", ""))
    machine = str(data.get("machine_id", ""))
    lic = registry.lookup(key)
    if lic is None:
        return jsonify(ok=False, reason="unknown key"), 404
    return jsonify(ok=True, product=lic["product"], seats=lic["seats"], machine=machine)
