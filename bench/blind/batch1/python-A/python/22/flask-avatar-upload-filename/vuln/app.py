import os

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required

from storage import avatar_dir, save_avatar

app = Flask(__name__)

IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp"}


@app.post("/me/avatar")
@login_required
def upload_avatar():
    f = request.files.get("avatar")
    if f is None or f.mimetype not in IMAGE_TYPES:
        abort(400, "png, jpeg or webp required")
    saved_as = save_avatar(f, current_user.id)
    return jsonify({"avatar": f"/static/avatars/{current_user.id}/{os.path.basename(saved_as)}"}), 201


@app.get("/me/avatar")
@login_required
def list_avatars():
    return jsonify(sorted(os.listdir(avatar_dir(current_user.id))))
