import sqlite3

from flask import Flask, g, request, jsonify

app = Flask(__name__)
DB_PATH = "library.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/books")
def find_books():
    author = request.args.get("author", "")
    cur = get_db().cursor()
    cur.execute("SELECT id, title, year FROM books WHERE author = ? ORDER BY year", (author,))
    return jsonify([dict(r) for r in cur.fetchall()])


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
