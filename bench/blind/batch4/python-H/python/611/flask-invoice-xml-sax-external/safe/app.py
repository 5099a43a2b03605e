from flask import Flask, request, jsonify

from invoice_xml import parse_invoice

app = Flask(__name__)


@app.post("/api/invoices")
def receive_invoice():
    if request.mimetype != "application/xml":
        return jsonify(error="expected XML"), 415
    inv = parse_invoice(request.get_data())
    return jsonify(number=inv.number, lines=len(inv.lines), total=inv.total)
