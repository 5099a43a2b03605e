from flask import Flask, request, jsonify, abort

from auth import issue, verify

app = Flask(__name__)


@app.post("/token")
def token():
    if request.form.get("client_secret") != app.config.get("CLIENT_SECRET"):
        abort(401)
    return jsonify(token=issue(int(request.form["user_id"])))


@app.get("/whoami")
def whoami():
    return jsonify(user=verify(request.headers.get("Authorization", "").removeprefix("Bearer ")))
