import os

from flask import Flask, abort, jsonify, request
from flask_login import current_user, login_required
from pymongo import MongoClient

from notes import NoteService

app = Flask(__name__)
client = MongoClient(os.environ["MONGO_URI"])
notes = NoteService(client["notes_app"])


@app.get("/notes/shared")
@login_required
def shared_with():
    collaborator = request.args.get("with", "")
    if not collaborator:
        abort(400)
    docs = notes.shared_between(current_user.username, collaborator)
    return jsonify([{"id": str(d["_id"]), "title": d["title"]} for d in docs])
