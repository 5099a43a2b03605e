from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

from store import create_account, email_taken
from validators import ValidationError, validate_email, validate_password

app = Flask(__name__)


@app.post("/api/accounts")
def register():
    payload = request.get_json(silent=True) or {}
    try:
        email = validate_email(str(payload.get("email", "")))
        password = validate_password(str(payload.get("password", "")))
    except ValidationError as err:
        return jsonify(field=err.field, error=str(err)), 422
    if email_taken(email):
        return jsonify(field="email", error="already registered"), 409
    account_id = create_account(email, generate_password_hash(password))
    return jsonify(id=account_id, email=email), 201
