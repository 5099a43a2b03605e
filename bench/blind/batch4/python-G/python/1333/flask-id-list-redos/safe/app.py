from flask import Flask, request, jsonify
from lookup import parse_ids, fetch_many

app = Flask(__name__)


@app.get("/items")
def items():
    ids = parse_ids(request.args.get("ids", ""))
    if ids is None:
        return jsonify(error="ids must be comma separated numbers"), 400
    return jsonify(fetch_many(ids))
