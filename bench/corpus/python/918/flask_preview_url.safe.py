from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/links/preview")
def preview():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in {"example.com", "docs.example.com"}:
        abort(400)
    headers = {"User-Agent": "link-preview/1.0"}
    response = requests.get(url, headers=headers, timeout=5)
    return jsonify(status=response.status_code, length=len(response.content))
