import hashlib

from flask import Flask, abort, request

app = Flask(__name__)
SHARED_KEY_FILE = "/run/secrets/webhook_key"


@app.route("/webhooks/inbound", methods=["POST"])
def inbound():
    with open(SHARED_KEY_FILE, "rb") as fh:
        key = fh.read()
    signature = hashlib.new("md5", key + request.get_data()).hexdigest()  # cg-expect: CWE-328
    if signature != request.headers.get("X-Signature"):
        abort(403)
    return "ok"
