from flask import Flask, abort, send_file, send_from_directory

from storage import invoice_dir_for

app = Flask(__name__)


@app.get("/accounts/<int:account_id>/invoices/<path:filename>")
def download_invoice(account_id, filename):
    base = invoice_dir_for(account_id)
    if base is None:
        abort(404)
    return send_from_directory(base, filename, as_attachment=True)
