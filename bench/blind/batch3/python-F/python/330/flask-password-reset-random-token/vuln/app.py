from flask import Flask, jsonify, request

from reset import issue_reset_token

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    email = request.form.get("email", "").strip().lower()
    issue_reset_token(email)
    return jsonify(message="If the account exists, an email was sent.")
