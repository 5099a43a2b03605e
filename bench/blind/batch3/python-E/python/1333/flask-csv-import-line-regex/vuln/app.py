from flask import Flask, request, jsonify
from importer import validate_rows

app = Flask(__name__)

@app.post("/contacts/import")
def import_contacts():
    text = request.files["file"].read().decode("utf-8", errors="replace")
    bad = validate_rows(text.splitlines())
    return jsonify({"invalid_lines": bad})
