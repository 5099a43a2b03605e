from flask import Flask, request, session, abort, jsonify

from security import make_hash, check

app = Flask(__name__)
USERS: dict[int, str] = {}


@app.post("/account/password")
def change_password():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    if uid in USERS and not check(USERS[uid], request.form["current"]):
        abort(403)
    USERS[uid] = make_hash(request.form["new"])
    return jsonify(ok=True)
