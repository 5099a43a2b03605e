from flask import Flask, request, jsonify, session
from ldap_login import bind_as

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.post("/login")
def login():
    user = request.form.get("username", "")
    if not bind_as(user, request.form.get("password", "")):
        return jsonify(ok=False), 401
    session["user"] = user
    return jsonify(ok=True)
