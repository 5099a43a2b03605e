import os
import sqlite3

from flask import Flask, g, jsonify, request

from crypto_box import FieldCipher

app = Flask(__name__)
cipher = FieldCipher(os.environ["FIELD_KEY"])


def db():
    if "db" not in g:
        g.db = sqlite3.connect("applicants.db")
    return g.db


@app.post("/applications")
def apply():
    form = request.form
    ssn = form.get("ssn", "").replace("-", "")
    if len(ssn) != 9 or not ssn.isdigit():
        return jsonify(error="invalid SSN"), 400
    cur = db().execute(
        "INSERT INTO applications (name, email, ssn_enc) VALUES (?, ?, ?)",
        (form["name"], form["email"], cipher.encrypt(ssn)),
    )
    db().commit()
    return jsonify(id=cur.lastrowid), 201


@app.get("/applications/<int:app_id>/ssn-last4")
def ssn_last4(app_id: int):
    row = db().execute("SELECT ssn_enc FROM applications WHERE id = ?", (app_id,)).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(last4=cipher.decrypt(row[0])[-4:])
