from flask import Flask, request, jsonify
from preview import fetch_preview

app = Flask(__name__)

@app.post("/preview")
def preview():
    try:
        return jsonify(fetch_preview(request.get_json()["url"]))
    except ValueError:
        return jsonify({"error": "blocked"}), 400
