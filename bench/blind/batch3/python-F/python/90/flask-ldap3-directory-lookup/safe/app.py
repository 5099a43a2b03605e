from flask import Flask, jsonify, request

from directory import lookup_person

app = Flask(__name__)


@app.get("/directory/person")
def person():
    uid = request.args.get("uid", "")
    entries = lookup_person(uid)
    return jsonify(entries)
