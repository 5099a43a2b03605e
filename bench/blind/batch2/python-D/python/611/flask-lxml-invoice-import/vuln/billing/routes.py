from flask import Blueprint, jsonify, request

from .ubl import parse_invoice, InvoiceError

bp = Blueprint("billing", __name__)


@bp.post("/api/invoices/import")
def import_invoice():
    upload = request.files.get("invoice")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        invoice = parse_invoice(upload.read())
    except InvoiceError as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(invoice), 201
