import os
import secrets

from flask import abort, request

ADMIN_TOKEN = os.environ.get("ADMIN_TOKEN", "")


def require_admin_token() -> None:
    sent = request.headers.get("X-Admin-Token", "")
    if not ADMIN_TOKEN or not secrets.compare_digest(sent, ADMIN_TOKEN):
        abort(403)
