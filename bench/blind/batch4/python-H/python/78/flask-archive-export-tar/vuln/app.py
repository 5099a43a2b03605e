from flask import Flask, request, jsonify
from exporter import ArchiveExporter

app = Flask(__name__)
exporter = ArchiveExporter("/srv/exports")


@app.post("/api/exports")
def create_export():
    payload = request.get_json(force=True) or {}
    label = payload.get("label", "export")
    project_id = int(payload.get("project_id", 0))
    if project_id <= 0:
        return jsonify(error="project_id required"), 400
    path = exporter.build(project_id, label)
    return jsonify(path=path), 201


if __name__ == "__main__":
    app.run()
