import sqlite3

from flask import Flask, jsonify, request

from passwords import hash_password

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    with sqlite3.connect("app.db") as conn:
        conn.execute(
            "INSERT INTO users (email, password_hash) VALUES (?, ?)",
            (email, hash_password(password)),
        )
    return jsonify(ok=True), 201
