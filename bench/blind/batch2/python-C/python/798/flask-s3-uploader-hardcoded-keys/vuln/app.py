from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

from storage import upload_avatar

app = Flask(__name__)


@app.post("/me/avatar")
def set_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    name = secure_filename(f.filename)
    url = upload_avatar(f.stream, name, f.mimetype)
    return jsonify(url=url)
