import os

from flask import Flask, abort, request, send_file
from werkzeug.utils import safe_join
from flask_login import current_user, login_required

app = Flask(__name__)
app.config["INVOICE_ROOT"] = "/srv/billing/invoices"


def invoice_path(account_id: int, filename: str) -> str | None:
    account_dir = os.path.join(app.config["INVOICE_ROOT"], str(account_id))
    return safe_join(account_dir, filename)  # None if filename escapes account_dir


@app.get("/billing/invoices/download")
@login_required
def download_invoice():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400, "only PDF invoices can be downloaded")
    path = invoice_path(current_user.account_id, filename)
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
