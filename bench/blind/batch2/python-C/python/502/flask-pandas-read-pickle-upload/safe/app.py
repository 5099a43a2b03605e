from flask import Flask, jsonify, request

from datasets import load_dataset, summarize

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024


@app.post("/datasets/preview")
def preview():
    upload = request.files.get("dataset")
    if upload is None or not upload.filename:
        return jsonify(error="dataset file required"), 400
    try:
        df = load_dataset(upload.filename, upload.stream)
    except ValueError as exc:
        return jsonify(error=str(exc)), 415
    return jsonify(summarize(df))
