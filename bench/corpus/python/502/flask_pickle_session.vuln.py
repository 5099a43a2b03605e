import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = request.cookies.get("cart", "")
    raw = base64.b64decode(blob)
    cart = pickle.loads(raw)  # cg-expect: CWE-502
    return jsonify(items=len(cart))
