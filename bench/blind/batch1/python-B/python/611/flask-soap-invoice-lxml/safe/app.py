from flask import Flask, Response, request

from soap import parse_envelope, build_fault, build_ack
from billing import record_invoice

app = Flask(__name__)


@app.post("/soap/invoices")
def submit_invoice():
    if request.mimetype not in ("text/xml", "application/soap+xml"):
        return Response(build_fault("Client", "unsupported content type"), status=415,
                        mimetype="text/xml")
    try:
        invoice = parse_envelope(request.get_data())
    except ValueError as exc:
        return Response(build_fault("Client", str(exc)), status=400, mimetype="text/xml")

    invoice_id = record_invoice(invoice)
    return Response(build_ack(invoice_id), mimetype="text/xml")
