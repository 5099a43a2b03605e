import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/links/preview")
def preview():
    url = request.args.get("url", "")
    headers = {"User-Agent": "link-preview/1.0"}
    response = requests.get(url, headers=headers, timeout=5)  # cg-expect: CWE-918
    return jsonify(status=response.status_code, length=len(response.content))
