import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/diagnostics/ping")
def ping_host():
    host = request.args.get("host", "")
    count = 3
    if not host:
        return jsonify(error="host is required"), 400
    command = "ping -c {} {}".format(count, host)
    exit_code = os.system(command)  # cg-expect: CWE-78
    return jsonify(host=host, reachable=exit_code == 0)
