from flask import Blueprint, jsonify

from storage import list_invoices

bp = Blueprint("invoices", __name__)


@bp.get("/accounts/<int:account_id>/invoices")
def invoices(account_id):
    names = list_invoices(account_id)
    return jsonify(
        invoices=[
            {"file": n, "url": f"/accounts/{account_id}/invoices/{n}"}
            for n in names
        ]
    )
