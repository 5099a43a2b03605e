from flask import Flask, jsonify, request, session

import accounts

app = Flask(__name__)
app.config.from_prefixed_env()


@app.post("/signup")
def signup():
    data = request.get_json(force=True)
    email = (data.get("email") or "").strip().lower()
    password = data.get("password") or ""
    if "@" not in email or len(password) < 10:
        return jsonify(error="invalid email or password too short"), 400
    if accounts.find_by_email(email):
        return jsonify(error="already registered"), 409
    user_id = accounts.create(email, password)
    return jsonify(id=user_id, avatar=accounts.avatar_url(email)), 201


@app.post("/login")
def login():
    data = request.get_json(force=True)
    user = accounts.authenticate(data.get("email", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="bad credentials"), 401
    session["uid"] = user["id"]
    return jsonify(ok=True)
