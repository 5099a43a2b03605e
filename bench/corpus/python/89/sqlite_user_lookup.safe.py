import sqlite3

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/app/users.db"


@app.route("/users/search")
def search_users():
    name = request.args.get("name", "")
    if len(name) > 64:
        abort(400)
    conn = sqlite3.connect(DB_PATH)
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    rows = cur.fetchall()
    conn.close()
    return jsonify([{"id": r[0], "email": r[1]} for r in rows])
