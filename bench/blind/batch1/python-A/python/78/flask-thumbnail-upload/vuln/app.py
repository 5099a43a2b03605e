import os

from flask import Flask, abort, jsonify, request

from media import make_thumbnail

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/var/lib/gallery/uploads"
app.config["THUMB_DIR"] = "/var/lib/gallery/thumbs"

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".gif"}


@app.post("/api/photos")
def upload_photo():
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        abort(400, "missing photo")
    ext = os.path.splitext(photo.filename)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415, "unsupported image type")
    # keep the original name so users recognise their files
    name = os.path.basename(photo.filename)
    dest = os.path.join(app.config["UPLOAD_DIR"], name)
    photo.save(dest)
    thumb = make_thumbnail(dest, app.config["THUMB_DIR"], size=int(request.form.get("size", 256)))
    return jsonify({"photo": name, "thumbnail": os.path.basename(thumb)}), 201
