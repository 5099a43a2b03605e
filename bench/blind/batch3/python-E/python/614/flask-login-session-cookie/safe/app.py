from flask import Flask, request, jsonify, make_response
from auth import check_credentials, new_session

app = Flask(__name__)

@app.post("/api/login")
def login():
    body = request.get_json()
    user = check_credentials(body["username"], body["password"])
    if not user:
        return jsonify({"error": "invalid"}), 401
    token = new_session(user)
    resp = make_response(jsonify({"ok": True}))
    resp.set_cookie("sid", token, max_age=3600, secure=True, httponly=True, samesite="Lax")
    return resp
