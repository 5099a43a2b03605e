from flask import Flask, jsonify, request

from people import autocomplete

app = Flask(__name__)


@app.post("/people/autocomplete")
def people_autocomplete():
    prefix = request.form.get("prefix", "").strip()
    if len(prefix) < 2:
        return jsonify(results=[])
    return jsonify(results=autocomplete(prefix))
