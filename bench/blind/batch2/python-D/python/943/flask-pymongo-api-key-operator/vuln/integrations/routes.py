from flask import Blueprint, jsonify, request

from .store import find_integration, enqueue_event

bp = Blueprint("integrations", __name__)


@bp.post("/hooks/ingest")
def ingest():
    payload = request.get_json(silent=True) or {}
    integration = find_integration(payload.get("api_key"))
    if integration is None:
        return jsonify(error="unauthorised"), 401
    events = payload.get("events", [])
    if not isinstance(events, list) or len(events) > 500:
        return jsonify(error="bad events"), 400
    count = enqueue_event(integration["_id"], events)
    return jsonify(accepted=count)
