import os

from flask import Flask, abort, jsonify, request

from sharing import make_link_token, read_link_token

app = Flask(__name__)
KEY = bytes.fromhex(os.environ["SHARE_KEY_HEX"])


@app.post("/docs/<int:doc_id>/share")
def share(doc_id):
    return jsonify(token=make_link_token(KEY, doc_id, request.json.get("can_edit", False)))


@app.get("/shared/<token>")
def open_shared(token):
    data = read_link_token(KEY, token)
    if data is None:
        abort(404)
    return jsonify(data)
