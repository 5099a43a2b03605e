from flask import Flask, request, jsonify
from directory import find_person

app = Flask(__name__)


@app.get("/people")
def people():
    uid = request.args.get("uid", "")
    if not uid:
        return jsonify(error="uid required"), 400
    return jsonify(find_person(uid))
