import os

import jwt
from flask import Flask, g, jsonify, request

from auth import bp as auth_bp

app = Flask(__name__)
app.config["JWT_SIGNING_KEY"] = os.environ["JWT_SIGNING_KEY"]
app.register_blueprint(auth_bp)


@app.before_request
def load_claims():
    token = request.cookies.get("access_token")
    g.claims = None
    if token:
        try:
            g.claims = jwt.decode(token, app.config["JWT_SIGNING_KEY"], algorithms=["HS256"])
        except jwt.PyJWTError:
            g.claims = None


@app.get("/api/orders")
def orders():
    if g.claims is None:
        return jsonify(error="unauthenticated"), 401
    return jsonify(orders=[], owner=g.claims["sub"])
