from flask import Flask, Response, abort, request
from flask_login import current_user, login_required

from exporter import encrypt_export, rows_to_csv
from ledger import transactions_for

app = Flask(__name__)


@app.post("/exports/transactions")
@login_required
def export_transactions():
    passphrase = request.form.get("passphrase", "")
    if len(passphrase) < 12:
        abort(400, "passphrase must be at least 12 characters")
    year = request.form.get("year", type=int)
    rows = transactions_for(current_user.id, year)
    blob = encrypt_export(rows_to_csv(rows), passphrase)
    return Response(
        blob,
        mimetype="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename=transactions-{year}.enc"},
    )
