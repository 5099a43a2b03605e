from flask import Flask, request, jsonify

from groups import is_member

app = Flask(__name__)


@app.post("/vpn/authorize")
def authorize():
    user = request.form.get("username", "")
    return jsonify(allowed=is_member(user, "vpn-users"))
