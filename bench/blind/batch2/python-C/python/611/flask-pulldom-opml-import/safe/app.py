from flask import Flask, jsonify, request

from opml import read_feeds

app = Flask(__name__)


@app.post("/subscriptions/import")
def import_opml():
    upload = request.files.get("opml")
    if upload is None:
        return jsonify(error="opml file required"), 400
    feeds = read_feeds(upload.stream)
    return jsonify(imported=len(feeds), feeds=feeds[:100])
