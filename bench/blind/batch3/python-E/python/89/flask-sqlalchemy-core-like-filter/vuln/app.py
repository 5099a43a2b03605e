from flask import Flask, request, jsonify
from reports import build_filters, run_report

app = Flask(__name__)

@app.post("/reports/sales")
def sales():
    filters = build_filters(request.form)
    return jsonify(run_report(filters))
