from flask import Flask, request, session, abort, jsonify

from accounts import authenticate

app = Flask(__name__)
app.config.from_object("config")


@app.post("/login")
def login():
    user = authenticate(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        abort(401)
    session.clear()
    session["user_id"] = user["id"]
    session["role"] = request.headers.get("X-User-Role", user["role"])  # cg-expect: CWE-501
    return jsonify(ok=True)


@app.delete("/admin/users/<int:uid>")
def delete_user(uid: int):
    if session.get("role") != "admin":
        abort(403)
    return jsonify(deleted=uid)
