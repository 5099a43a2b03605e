from flask import Flask, jsonify, request

from backups import BackupRunner

app = Flask(__name__)
runner = BackupRunner("/var/backups/pg")


@app.post("/admin/backups")
def create_backup():
    body = request.get_json(silent=True) or {}
    dbname = str(body.get("database", "")).strip()
    if not dbname:
        return jsonify(error="database required"), 400
    try:
        path = runner.dump(dbname)
    except RuntimeError as exc:
        return jsonify(error=str(exc)), 500
    return jsonify(backup=path), 201
