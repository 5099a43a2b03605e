from flask import Flask, request, jsonify
from werkzeug.utils import secure_filename
from storage import put_avatar

app = Flask(__name__)

@app.post("/avatar")
def avatar():
    f = request.files["avatar"]
    key = put_avatar(secure_filename(f.filename), f.stream)
    return jsonify({"key": key})
