from flask import Flask, jsonify, make_response, request, session

from remember import make_cookie, read_cookie

app = Flask(__name__)
app.config.from_prefixed_env()


@app.before_request
def restore_login():
    if "uid" not in session and request.cookies.get("remember"):
        uid = read_cookie(request.cookies["remember"])
        if uid is not None:
            session["uid"] = uid


@app.post("/login/remember")
def remember():
    if "uid" not in session:
        return jsonify(error="login first"), 401
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember", make_cookie(session["uid"]), max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")
    return resp
