import io

from flask import Flask, jsonify, request

from importer import import_bundle

app = Flask(__name__)


@app.post("/themes/import")
def import_theme():
    data = request.files["bundle"].read()
    written = import_bundle(io.BytesIO(data), "/srv/app/themes/imported")
    return jsonify(files=written)
