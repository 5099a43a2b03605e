from flask import Flask, jsonify, request, session

from otp import issue_code, verify_code

app = Flask(__name__)


@app.post("/2fa/send")
def send_code():
    issue_code(session["pending_user"], request.form["phone"])
    return jsonify(sent=True)


@app.post("/2fa/verify")
def verify():
    if not verify_code(session["pending_user"], request.form.get("code", "")):
        return jsonify(error="invalid code"), 401
    session["user_id"] = session.pop("pending_user")
    return jsonify(ok=True)
