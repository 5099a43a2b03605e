from flask import Flask, abort, jsonify

from releases import find_release, parse_version

app = Flask(__name__)


@app.get("/releases/<string:version>")
def release(version):
    parsed = parse_version(version)
    if parsed is None:
        abort(400)
    rel = find_release(parsed)
    if rel is None:
        abort(404)
    return jsonify(rel)
