from flask import Flask, request, jsonify
from avatars import store_avatar

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/me/avatar")
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    url = store_avatar(f)
    return jsonify(url=url)
