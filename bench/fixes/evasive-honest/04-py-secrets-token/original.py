import hashlib
import time

from flask import Flask, request, jsonify

from .db import find_user_by_email, store_reset_token
from .mail import send_reset_mail

app = Flask(__name__)


@app.route("/password/forgot", methods=["POST"])
def forgot_password():
    email = (request.json or {}).get("email", "").strip().lower()
    user = find_user_by_email(email)
    if user is not None:
        token = hashlib.md5(str(time.time()).encode()).hexdigest()  # cg-flaw
        store_reset_token(user.id, token, expires_in=3600)
        send_reset_mail(email, f"https://example.com/reset?token={token}")
    return jsonify(ok=True)
