from flask import Flask, request, jsonify
from assertion import read_assertion

app = Flask(__name__)


@app.post("/sso/acs")
def acs():
    attrs = read_assertion(request.get_data())
    return jsonify(attrs)
