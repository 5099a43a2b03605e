import os
import re

from flask import Flask, request, abort

app = Flask(__name__)
LOG_DIR = "/var/log/netcheck"


@app.route("/diag/ping", methods=["POST"])
def ping():
    host = request.form.get("host", "")
    if not host:
        abort(400)
    count = request.form.get("count", "1")
    if not re.fullmatch(r"[0-9]{1,2}", count):
        abort(400)
    status = os.system("ping -c " + count + " " + host + " > " + LOG_DIR + "/last.txt")  # cg-flaw
    with open(os.path.join(LOG_DIR, "last.txt")) as fh:
        output = fh.read()
    return {"status": status, "output": output}
