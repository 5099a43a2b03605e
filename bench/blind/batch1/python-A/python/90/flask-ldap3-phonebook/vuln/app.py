from flask import Flask, jsonify, request

from directory import Directory

app = Flask(__name__)
directory = Directory()


@app.get("/phonebook")
def phonebook():
    name = request.args.get("name", "").strip()
    if len(name) < 2:
        return jsonify({"error": "type at least two characters"}), 400
    return jsonify(directory.find_people(name))
