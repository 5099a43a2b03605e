from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/session/start", methods=["POST"])
def start_session():
    token = request.form["token"]
    resp = make_response({"ok": True})
    resp.set_cookie("session_token", token, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp
