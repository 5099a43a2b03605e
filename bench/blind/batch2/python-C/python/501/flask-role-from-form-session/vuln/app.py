from flask import Flask, abort, jsonify, request, session

from accounts import load_account, update_profile

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/profile")
def save_profile():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    update_profile(uid, request.form.get("display_name", ""))
    session["role"] = request.form.get("role", session.get("role", "member"))  # cg-expect: CWE-501
    session["display_name"] = request.form.get("display_name", "")
    return jsonify(ok=True)


@app.get("/admin/users")
def admin_users():
    if session.get("role") != "admin":
        abort(403)
    return jsonify(users=[])
