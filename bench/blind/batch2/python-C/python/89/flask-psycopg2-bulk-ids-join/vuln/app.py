from flask import Flask, jsonify, request

from tasks_repo import archive_tasks

app = Flask(__name__)


@app.post("/tasks/archive")
def archive():
    body = request.get_json(silent=True) or {}
    ids = body.get("ids") or []
    if not isinstance(ids, list) or not ids or len(ids) > 500:
        return jsonify(error="ids must be a non-empty list"), 400
    count = archive_tasks(request.headers.get("X-Project", "default"), ids)
    return jsonify(archived=count)
