from flask import Flask, request, jsonify
from saves import SaveGameService

app = Flask(__name__)
service = SaveGameService()

@app.post("/saves/import")
def import_save():
    upload = request.files["save"]
    state = service.load(upload.stream)
    return jsonify({"level": state["level"], "score": state["score"]})
