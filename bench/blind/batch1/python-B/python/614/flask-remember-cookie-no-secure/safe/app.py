from flask import Flask, jsonify, make_response, request, session

from remember import COOKIE_NAME, RememberMe
from users import verify_password

app = Flask(__name__)
app.config.from_envvar("APP_SETTINGS")
remember = RememberMe()


@app.before_request
def restore_login():
    if "uid" not in session:
        uid = remember.check(request.cookies.get(COOKIE_NAME))
        if uid is not None:
            session["uid"] = uid


@app.post("/login")
def login():
    user = verify_password(request.form["email"], request.form["password"])
    if user is None:
        return jsonify(error="invalid"), 401
    session["uid"] = user.id
    resp = make_response(jsonify(ok=True))
    if request.form.get("remember") == "on":
        remember.issue(resp, user.id)
    return resp
