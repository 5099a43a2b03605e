from flask import Flask, request, jsonify
from exporter import run_export

app = Flask(__name__)


@app.post("/exports")
def export():
    cb = request.headers.get("X-Callback-Url")
    result = run_export(request.get_json(silent=True) or {}, cb)
    return jsonify(result), 202
