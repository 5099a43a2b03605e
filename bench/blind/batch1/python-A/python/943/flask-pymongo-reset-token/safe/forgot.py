import secrets
from datetime import datetime, timedelta, timezone

from flask import jsonify, request

from app import app, mongo

TOKEN_TTL = timedelta(minutes=30)


def send_reset_mail(email: str, token: str) -> None:
    """Hands the message to the mail relay (implementation omitted)."""


@app.post("/password/forgot")
def forgot_password():
    email = str((request.get_json(silent=True) or {}).get("email", "")).strip().lower()
    token = secrets.token_urlsafe(32)
    result = mongo.db.users.update_one(
        {"email": email},
        {"$set": {"reset": {"token": token, "expires": datetime.now(timezone.utc) + TOKEN_TTL}}},
    )
    if result.matched_count:
        send_reset_mail(email, token)
    # same answer either way so the endpoint cannot be used to enumerate accounts
    return jsonify({"ok": True})
