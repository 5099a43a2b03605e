from flask import Flask, request, jsonify, session
from users import authenticate

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]

@app.post("/login")
def login():
    body = request.get_json(force=True)
    user = authenticate(body.get("username"), body.get("token"))
    if user is None:
        return jsonify({"error": "invalid"}), 401
    session["uid"] = str(user["_id"])
    return jsonify({"ok": True})
