from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

from gpx_reader import read_track

bp = Blueprint("tracks", __name__, url_prefix="/api/tracks")

ALLOWED = {".gpx", ".xml"}


@bp.post("/import")
def import_track():
    upload = request.files.get("track")
    if upload is None or not upload.filename:
        return jsonify(error="no file"), 400
    name = secure_filename(upload.filename)
    if not any(name.lower().endswith(ext) for ext in ALLOWED):
        return jsonify(error="only GPX files are accepted"), 400

    points = read_track(upload.stream)
    current_app.logger.info("imported %d points from %s", len(points), name)
    distance = sum(p.get("dist", 0.0) for p in points)
    return jsonify(name=name, points=len(points), distance_m=round(distance, 1))
