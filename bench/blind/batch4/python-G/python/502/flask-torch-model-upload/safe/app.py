from flask import Flask, request, jsonify
from models import inspect_checkpoint

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024


@app.post("/models/inspect")
def inspect():
    f = request.files.get("checkpoint")
    if f is None:
        return jsonify(error="no checkpoint"), 400
    return jsonify(inspect_checkpoint(f.stream))
