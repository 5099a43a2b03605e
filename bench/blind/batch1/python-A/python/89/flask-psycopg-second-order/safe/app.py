import os

from flask import Flask, abort, jsonify, request, session

from accounts import AccountRepository

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
repo = AccountRepository(os.environ["DATABASE_URL"])


@app.post("/signup")
def signup():
    form = request.form
    username = form.get("username", "").strip()
    if not 3 <= len(username) <= 40:
        abort(400, "username must be 3-40 characters")
    account_id = repo.create(username, form["password"])
    session["account_id"] = account_id
    return jsonify({"id": account_id}), 201


@app.get("/me/activity")
def my_activity():
    account_id = session.get("account_id")
    if account_id is None:
        abort(401)
    username = repo.username_for(account_id)
    rows = repo.activity_for(username)
    return jsonify([{"at": r[0].isoformat(), "action": r[1], "detail": r[2]} for r in rows])
