import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)
BACKUP_ROOT = "/srv/backups"


@app.route("/admin/backup", methods=["POST"])
def make_backup():
    name = request.json.get("name", "backup")
    source = request.json.get("source", "/srv/data")
    cmd = f"tar -czf {BACKUP_ROOT}/{name}.tar.gz {source}"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)  # cg-flaw
    if result.returncode != 0:
        return jsonify(error=result.stderr), 500
    return jsonify(archive=f"{BACKUP_ROOT}/{name}.tar.gz")


if __name__ == "__main__":
    app.run(port=8081)
