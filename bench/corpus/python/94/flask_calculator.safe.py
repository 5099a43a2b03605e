import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calc", methods=["POST"])
def calculate():
    data = request.get_json(force=True)
    expression = data.get("expr", "0")
    expression = expression.replace(" ", "")
    result = ast.literal_eval(expression)
    return jsonify(result=result)
