import io
import urllib.request
from urllib.parse import urlsplit

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required
from PIL import Image

app = Flask(__name__)

TRUSTED_IMAGE_HOST = "images.example-cdn.com"


def download_image(url: str) -> bytes:
    parts = urlsplit(url)
    if (parts.scheme != "https" or parts.hostname != TRUSTED_IMAGE_HOST
            or parts.username or parts.password or parts.port not in (None, 443)):
        abort(400, "images must come from our CDN")
    with urllib.request.urlopen(url, timeout=5) as resp:
        return resp.read(5 * 1024 * 1024)


@app.post("/me/avatar/from-url")
@login_required
def avatar_from_url():
    url = (request.get_json(force=True) or {}).get("url", "")
    data = download_image(url)
    try:
        img = Image.open(io.BytesIO(data))
        img.verify()
    except Exception:  # noqa: BLE001
        return jsonify({"error": "not an image", "received": data[:200].decode("latin-1")}), 422
    current_user.set_avatar(data)
    return jsonify({"ok": True, "format": img.format})
