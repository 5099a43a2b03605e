import os

from flask import Flask, jsonify, request

from settings import BY_NAME
from uploads import save_upload

app = Flask(__name__)
app.config.from_object(BY_NAME[os.environ.get("APP_ENV", "production")])


@app.post("/media")
def upload_media():
    file = request.files.get("file")
    if file is None:
        return jsonify(error="file is required"), 400
    key = save_upload(file, app.config["UPLOAD_BUCKET"])
    return jsonify(key=key), 201


@app.get("/media/<key>/meta")
def media_meta(key: str):
    from uploads import head_object

    meta = head_object(app.config["UPLOAD_BUCKET"], key)
    return jsonify(size=meta["ContentLength"], type=meta["ContentType"])
