from flask import Flask, jsonify, request

from diagnostics import NetworkDiagnostics

app = Flask(__name__)
diag = NetworkDiagnostics(count=3)


@app.post("/api/diagnostics/ping")
def ping():
    payload = request.get_json(force=True) or {}
    host = str(payload.get("host", "")).strip()
    if not host:
        return jsonify(error="host required"), 400
    result = diag.ping(host)
    return jsonify(result)
