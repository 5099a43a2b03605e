from flask import Flask, abort, request, send_file

from themes import resolve_asset

app = Flask(__name__)


@app.get("/theme/asset")
def theme_asset():
    path = resolve_asset(request.args.get("theme", "default"), request.args.get("file", ""))
    if path is None:
        abort(404)
    return send_file(path)
