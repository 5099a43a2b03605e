from flask import Flask, abort, jsonify, request

from signing import verify_signature

app = Flask(__name__)


@app.post("/hooks/payments")
def payment_hook():
    if not verify_signature(request.get_data(), request.headers.get("X-Signature", "")):
        abort(401)
    event = request.get_json()
    return jsonify(received=event.get("id"))
