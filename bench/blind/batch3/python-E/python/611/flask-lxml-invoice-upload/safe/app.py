from flask import Flask, request, jsonify
from invoices import parse_invoice

app = Flask(__name__)

@app.post("/invoices")
def upload():
    f = request.files["invoice"]
    return jsonify(parse_invoice(f.read()))
