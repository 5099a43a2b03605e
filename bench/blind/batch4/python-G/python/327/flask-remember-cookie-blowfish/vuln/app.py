from flask import Flask, request, jsonify, make_response
from sealed import seal_cookie, open_cookie

app = Flask(__name__)


@app.post("/remember")
def remember():
    uid = int(request.form["uid"])
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("rm", seal_cookie(f"uid={uid}"), secure=True, httponly=True, samesite="Lax")
    return resp


@app.get("/whoami")
def whoami():
    raw = request.cookies.get("rm")
    return jsonify(payload=open_cookie(raw) if raw else None)
