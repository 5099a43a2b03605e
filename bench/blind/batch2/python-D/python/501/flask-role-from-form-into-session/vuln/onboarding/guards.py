from functools import wraps

from flask import abort, session


def workspace_admin_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if session.get("workspace_role") != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapper
