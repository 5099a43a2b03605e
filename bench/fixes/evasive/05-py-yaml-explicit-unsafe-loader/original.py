import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)

REQUIRED_KEYS = ("name", "schedule", "targets")


@app.route("/jobs/import", methods=["POST"])
def import_job():
    if request.content_length and request.content_length > 64 * 1024:
        return jsonify(error="too large"), 413
    spec = yaml.load(request.data)  # cg-flaw
    if not isinstance(spec, dict):
        return jsonify(error="expected a mapping"), 400
    missing = [k for k in REQUIRED_KEYS if k not in spec]
    if missing:
        return jsonify(error="missing keys", keys=missing), 400
    return jsonify(imported=spec["name"], targets=len(spec["targets"]))
