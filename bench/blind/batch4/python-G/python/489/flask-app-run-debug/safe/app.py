import os
from flask import Flask, jsonify, request
from inventory import stock_level

app = Flask(__name__)


@app.get("/stock/<sku>")
def stock(sku):
    return jsonify(sku=sku, level=stock_level(sku, request.args.get("warehouse", "main")))


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
