from flask import Flask, jsonify, request

from notifications import render_preview, save_template

app = Flask(__name__)


@app.put("/tenants/<int:tenant_id>/templates/welcome")
def update_template(tenant_id):
    save_template(tenant_id, "welcome", request.get_json()["body"])
    return jsonify(ok=True)


@app.get("/tenants/<int:tenant_id>/templates/welcome/preview")
def preview(tenant_id):
    return jsonify(html=render_preview(tenant_id, "welcome", {"name": "Ada", "plan": "pro"}))
