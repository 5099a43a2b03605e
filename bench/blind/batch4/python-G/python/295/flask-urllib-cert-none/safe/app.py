from flask import Flask, jsonify, request, abort
from rates import latest

app = Flask(__name__)
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF"}


@app.get("/fx")
def fx():
    base = request.args.get("base", "USD").upper()
    if base not in CURRENCIES:
        abort(400)
    return jsonify(latest(base))
