import sqlite3

from flask import Flask, g, jsonify, request

from notify import render_notification

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("tenants.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.put("/tenants/<int:tenant_id>/welcome-template")
def save_template(tenant_id):
    body = request.get_json(force=True)
    db().execute("UPDATE tenants SET welcome_tpl = ? WHERE id = ?", (body["template"], tenant_id))
    db().commit()
    return jsonify(status="saved")


@app.post("/tenants/<int:tenant_id>/preview")
def preview(tenant_id):
    row = db().execute("SELECT name, welcome_tpl FROM tenants WHERE id = ?", (tenant_id,)).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    html = render_notification(row["welcome_tpl"], tenant=row["name"], user=request.args.get("user", "friend"))
    return jsonify(html=html)
