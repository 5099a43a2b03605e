from flask import Flask, request, jsonify
from preview import fetch_preview

app = Flask(__name__)


@app.post("/links/preview")
def preview():
    url = request.form.get("url", "")
    try:
        return jsonify(fetch_preview(url))
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
