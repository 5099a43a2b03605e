from flask import Blueprint, jsonify, request

from .features import load_features, FeatureError
from .model import score_batch

bp = Blueprint("scoring", __name__)


@bp.post("/api/score")
def score():
    upload = request.files.get("features")
    if upload is None or not upload.filename.endswith(".npy"):
        return jsonify(error="a .npy file is required"), 400
    try:
        matrix = load_features(upload.stream)
    except FeatureError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(scores=score_batch(matrix).tolist())
