import os
from flask import Flask, request, abort
from signing import verify_signature

app = Flask(__name__)

@app.post("/hooks/billing")
def billing_hook():
    if not verify_signature(request.get_data(), request.headers.get("X-Signature", "")):
        abort(401)
    return "", 204
