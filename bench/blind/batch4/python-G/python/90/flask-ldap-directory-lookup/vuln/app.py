from flask import Flask, request, jsonify
from directory import lookup_person

app = Flask(__name__)


@app.get("/people")
def people():
    uid = request.args.get("uid", "")
    if not uid:
        return jsonify([])
    return jsonify(lookup_person(uid))
