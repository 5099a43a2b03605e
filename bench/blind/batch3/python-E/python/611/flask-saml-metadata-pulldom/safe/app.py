from flask import Flask, request, jsonify
from metadata import entity_ids

app = Flask(__name__)

@app.post("/admin/idp-metadata")
def upload_metadata():
    return jsonify({"entities": entity_ids(request.files["metadata"].stream)})
