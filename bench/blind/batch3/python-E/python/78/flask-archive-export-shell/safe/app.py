from flask import Flask, request, jsonify
from services.archive import build_archive

app = Flask(__name__)

@app.get("/export")
def export():
    name = request.args.get("name", "report")
    path = build_archive(name)
    return jsonify({"archive": path})
