from flask import Flask, jsonify, request

from diagnostics import ping_host

app = Flask(__name__)


@app.post("/api/diagnostics/ping")
def ping():
    payload = request.get_json(silent=True) or {}
    host = str(payload.get("host", "")).strip()
    count = int(payload.get("count", 3))
    if not host:
        return jsonify(error="host is required"), 400
    result = ping_host(host, count=min(count, 10))
    return jsonify(result)
