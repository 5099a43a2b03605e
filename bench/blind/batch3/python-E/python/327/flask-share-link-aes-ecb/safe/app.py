import os
from flask import Flask, jsonify, abort
from sharing import LinkCodec

app = Flask(__name__)
codec = LinkCodec(os.environ["SHARE_KEY"].encode())

@app.post("/docs/<int:doc_id>/share")
def share(doc_id):
    return jsonify({"link": f"/s/{codec.encode(f'doc:{doc_id}:viewer')}"})

@app.get("/s/<token>")
def open_share(token):
    try:
        return jsonify({"payload": codec.decode(token)})
    except Exception:
        abort(404)
