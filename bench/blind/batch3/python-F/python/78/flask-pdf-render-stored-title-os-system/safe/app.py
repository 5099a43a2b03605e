from flask import Flask, abort, send_file

from pdf import render_pdf
from store import get_document

app = Flask(__name__)


@app.get("/documents/<int:doc_id>/pdf")
def document_pdf(doc_id):
    doc = get_document(doc_id)
    if doc is None:
        abort(404)
    path = render_pdf(doc["html_path"], doc["title"])
    return send_file(path, mimetype="application/pdf")
