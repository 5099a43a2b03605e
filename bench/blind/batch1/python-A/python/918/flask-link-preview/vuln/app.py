from flask import Flask, jsonify, request

from preview import fetch_preview

app = Flask(__name__)


@app.get("/api/link-preview")
def link_preview():
    url = request.args.get("url", "")
    if not url.startswith(("http://", "https://")):
        return jsonify({"error": "http(s) URL required"}), 400
    try:
        return jsonify(fetch_preview(url))
    except Exception:  # noqa: BLE001
        return jsonify({"error": "could not fetch preview"}), 502
