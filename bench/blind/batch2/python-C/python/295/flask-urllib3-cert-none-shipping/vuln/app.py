from flask import Flask, jsonify, request

from carrier import quote

app = Flask(__name__)


@app.post("/shipping/quote")
def shipping_quote():
    body = request.get_json(force=True)
    result = quote(
        origin=str(body["origin_zip"]),
        destination=str(body["destination_zip"]),
        weight_grams=int(body["weight_grams"]),
    )
    return jsonify(result)
