from flask import Flask, abort, jsonify, request, session

from perms import can_impersonate

app = Flask(__name__)


@app.get("/support/impersonate")
def impersonate():
    if "user_id" not in session:
        abort(401)
    target = request.args.get("as_user", type=int)
    if target is None:
        abort(400)
    if not can_impersonate(session["user_id"]):
        abort(403)
    session["acting_user_id"] = target
    return jsonify(acting_as=target)


@app.get("/account")
def account():
    uid = session.get("acting_user_id", session.get("user_id"))
    return jsonify(user=uid)
