import mimetypes
import os

from flask import Flask, Response, abort

app = Flask(__name__)
THEMES_DIR = "/opt/cms/themes"


def normalise(asset: str) -> str:
    return asset.replace("\\", "/").lstrip("/")


@app.get("/themes/<theme>/assets/<path:asset>")
def theme_asset(theme: str, asset: str):
    if not theme.isidentifier():
        abort(404)
    base = os.path.realpath(os.path.join(THEMES_DIR, theme, "assets"))
    path = os.path.realpath(os.path.join(base, normalise(asset)))
    if os.path.commonpath([base, path]) != base:
        abort(404)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except (FileNotFoundError, IsADirectoryError):
        abort(404)
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return Response(data, mimetype=mime, headers={"Cache-Control": "public, max-age=3600"})
