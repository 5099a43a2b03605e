from flask import Flask, abort
from storage import attachment_path
from flask import send_file

app = Flask(__name__)

@app.get("/attachments/<path:filename>")
def download(filename):
    path = attachment_path(filename)
    if path is None:
        abort(404)
    return send_file(path, as_attachment=True)  # cg-expect: CWE-22
