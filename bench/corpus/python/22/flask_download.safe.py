import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/reports/download")
def download_report():
    filename = request.args.get("file")
    if not filename:
        abort(400)
    path = os.path.join(REPORT_DIR, os.path.basename(filename))
    return send_file(path, as_attachment=True)
