from flask import Flask, request, jsonify

from reports import sales_by_region

app = Flask(__name__)


@app.get("/reports/sales")
def sales():
    region = request.cookies.get("region", "EU")
    return jsonify(sales_by_region(region))
