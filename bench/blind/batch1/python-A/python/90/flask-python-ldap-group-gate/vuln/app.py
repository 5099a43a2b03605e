import os
from functools import wraps

from flask import Flask, abort, g, jsonify, request
from flask_login import current_user, login_required

from groups import resolve_membership

app = Flask(__name__)


def require_group(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        # the UI lets a user pick which of their groups to act as
        group = request.form.get("acting_group") or request.args.get("acting_group", "")
        acting = resolve_membership(current_user.dn, group) if group else None
        if acting is None:
            abort(403)
        g.acting_group = acting
        return fn(*args, **kwargs)
    return wrapper


@app.post("/deployments/<service>/rollback")
@login_required
@require_group
def rollback(service: str):
    if g.acting_group not in os.environ.get("DEPLOY_GROUPS", "sre,platform").split(","):
        abort(403)
    return jsonify({"service": service, "status": "rollback scheduled"})
