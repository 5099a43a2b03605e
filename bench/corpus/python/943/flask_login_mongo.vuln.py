from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://db:27017")["app"]["users"]


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json()
    username = body.get("username")
    password_hash = body.get("password_hash")
    account = users.find_one({"username": username, "password_hash": password_hash})  # cg-expect: CWE-943
    if account is None:
        return jsonify(ok=False), 401
    return jsonify(ok=True, id=str(account["_id"]))
