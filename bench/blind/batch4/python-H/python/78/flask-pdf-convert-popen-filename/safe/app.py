import os

from flask import Flask, request, send_file

from convert import to_pdf

app = Flask(__name__)
WORK = "/srv/convert"


@app.post("/convert")
def convert():
    f = request.files["doc"]
    src = os.path.join(WORK, "in", os.path.basename(f.filename))
    f.save(src)
    return send_file(to_pdf(src, os.path.join(WORK, "out")), mimetype="application/pdf")
