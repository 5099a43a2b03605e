from flask import Flask, request, jsonify, abort

from links import seal, unseal

app = Flask(__name__)


@app.post("/docs/<int:doc_id>/share")
def share(doc_id: int):
    role = request.form.get("role", "viewer")
    if role not in {"viewer", "commenter"}:
        abort(400)
    return jsonify(link=f"/s/{seal({'doc': doc_id, 'role': role})}")


@app.get("/s/<token>")
def open_share(token: str):
    try:
        return jsonify(unseal(token))
    except Exception:
        abort(404)
