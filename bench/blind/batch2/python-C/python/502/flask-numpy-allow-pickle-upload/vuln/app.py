from flask import Flask, jsonify, request

from features import load_features, score

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 10 * 1024 * 1024


@app.post("/models/score")
def score_features():
    upload = request.files.get("features")
    if upload is None or not upload.filename.endswith(".npy"):
        return jsonify(error="upload a .npy file"), 400
    try:
        matrix = load_features(upload.stream)
    except ValueError as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(scores=score(matrix))
