from flask import Flask, jsonify, request

from invoices import parse_invoice

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/invoices/upload")
def upload_invoice():
    f = request.files.get("invoice")
    if f is None:
        return jsonify(error="invoice file missing"), 400
    invoice = parse_invoice(f.read())
    return jsonify(invoice), 201
