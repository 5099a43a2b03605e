import os
from datetime import datetime, timezone

from flask import Flask, jsonify, request
from flask_pymongo import PyMongo
from werkzeug.security import generate_password_hash

app = Flask(__name__)
app.config["MONGO_URI"] = os.environ["MONGO_URI"]
mongo = PyMongo(app)


@app.post("/password/reset")
def reset_password():
    body = request.get_json(force=True)
    email = body.get("email")
    token = body.get("token")
    new_password = body.get("password", "")
    if not all(isinstance(v, str) for v in (email, token, new_password)):
        return jsonify({"error": "email, token and password must be strings"}), 400
    if not email or not token or len(new_password) < 10:
        return jsonify({"error": "email, token and a 10+ character password are required"}), 400
    user = mongo.db.users.find_one(
        {"email": email, "reset.token": token, "reset.expires": {"$gt": datetime.now(timezone.utc)}}
    )
    if user is None:
        return jsonify({"error": "invalid or expired token"}), 400
    mongo.db.users.update_one(
        {"_id": user["_id"]},
        {"$set": {"password_hash": generate_password_hash(new_password)}, "$unset": {"reset": ""}},
    )
    return jsonify({"ok": True})
