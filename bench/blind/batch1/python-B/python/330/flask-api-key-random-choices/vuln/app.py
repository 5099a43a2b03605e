import sqlite3

from flask import Flask, g, jsonify, render_template, request
from flask_login import current_user, login_required

from keys import generate_api_key, sample_for_docs

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("portal.db")
    return g.db


@app.post("/settings/api-keys")
@login_required
def create_key():
    label = request.form.get("label", "default")[:64]
    key, digest = generate_api_key()
    db().execute(
        "INSERT INTO api_keys (user_id, label, digest, prefix) VALUES (?, ?, ?, ?)",
        (current_user.id, label, digest, key[:12]),
    )
    db().commit()
    return jsonify(key=key, label=label), 201


@app.get("/docs/authentication")
def auth_docs():
    return render_template("docs/auth.html", example_key=sample_for_docs())
