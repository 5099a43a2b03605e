from flask import Flask, abort, jsonify, request, url_for

from verification import activate, issue_token, send_verification

app = Flask(__name__)


@app.post("/register")
def register():
    email = request.form["email"].strip().lower()
    token = issue_token(email)
    link = url_for("verify", token=token, _external=True)
    send_verification(email, link)
    return jsonify(queued=True, hint="check your inbox")


@app.get("/verify/<token>")
def verify(token):
    if not activate(token):
        abort(404)
    return jsonify(verified=True)
