from flask import Flask, request, jsonify
from reset import issue_reset_token

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    email = (request.get_json(silent=True) or {}).get("email", "")
    issue_reset_token(email)
    return jsonify(message="If the account exists, an email was sent.")
