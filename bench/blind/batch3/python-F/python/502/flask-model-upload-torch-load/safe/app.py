import os
import tempfile

from flask import Flask, jsonify, request

from models import load_checkpoint

app = Flask(__name__)


@app.post("/models/validate")
def validate_model():
    upload = request.files["checkpoint"]
    fd, path = tempfile.mkstemp(suffix=".ckpt")
    os.close(fd)
    upload.save(path)
    try:
        info = load_checkpoint(path)
    finally:
        os.unlink(path)
    return jsonify(info)
