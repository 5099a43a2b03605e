import hmac
from functools import wraps

from flask import Blueprint, Response, jsonify, request

from jobs import queue_stats, requeue_failed

bp = Blueprint("ops", __name__, url_prefix="/ops")

OPS_USER = "ops"
OPS_PASSWORD = "R3dQueue!Ops-2024#Hx7"  # cg-expect: CWE-798


def basic_auth_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.authorization
        if (
            auth is None
            or not hmac.compare_digest(auth.username or "", OPS_USER)
            or not hmac.compare_digest(auth.password or "", OPS_PASSWORD)
        ):
            return Response("auth required", 401, {"WWW-Authenticate": 'Basic realm="ops"'})
        return view(*args, **kwargs)
    return wrapper


@bp.get("/queues")
@basic_auth_required
def queues():
    return jsonify(queue_stats())


@bp.post("/queues/<name>/requeue")
@basic_auth_required
def requeue(name: str):
    count = requeue_failed(name, limit=request.args.get("limit", 100, type=int))
    return jsonify(queue=name, requeued=count)
