from flask import Flask, g, jsonify, request

from searches import run_saved_search, save_search

app = Flask(__name__)


@app.post("/searches")
def create_search():
    sid = save_search(g.user_id, request.form["label"])
    return jsonify(id=sid), 201


@app.get("/searches/<int:search_id>/results")
def results(search_id):
    return jsonify(tickets=run_saved_search(g.user_id, search_id))
