from flask import Flask, jsonify, abort
from userstore import profile_for

app = Flask(__name__)


@app.get("/profiles/<username>")
def profile(username):
    data = profile_for(username)
    if data is None:
        abort(404)
    return jsonify(data)
