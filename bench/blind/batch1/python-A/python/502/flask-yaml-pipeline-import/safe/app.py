from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from pipelines import PipelineSpec, parse_pipeline

app = Flask(__name__)


@app.post("/projects/<int:project_id>/pipeline")
@login_required
def upload_pipeline(project_id: int):
    if not current_user.can_edit(project_id):
        abort(403)
    upload = request.files.get("pipeline")
    if upload is None or not upload.filename.endswith((".yml", ".yaml")):
        abort(400, "upload a .yml pipeline definition")
    try:
        spec: PipelineSpec = parse_pipeline(upload.stream.read(256 * 1024))
    except ValueError as exc:
        abort(422, str(exc))
    return jsonify({"stages": [s["name"] for s in spec.stages], "image": spec.image})
