import json
from flask import Flask, request, jsonify, g
from metrics import count_tickets

app = Flask(__name__)


@app.get("/tickets/count")
def tickets_count():
    try:
        where = json.loads(request.args.get("where", "{}"))
    except json.JSONDecodeError:
        return jsonify(error="bad where"), 400
    return jsonify(count=count_tickets(g.org_id, where))
