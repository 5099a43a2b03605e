import os
from flask import Flask, request, session, jsonify, abort
from store import user_for_uid, orders_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.before_request
def load_identity():
    if "uid" in session and "username" not in session:
        session["username"] = request.cookies.get("username", "")  # cg-expect: CWE-501


@app.get("/my/orders")
def my_orders():
    name = session.get("username")
    if not name:
        abort(401)
    return jsonify(orders_for(name))
