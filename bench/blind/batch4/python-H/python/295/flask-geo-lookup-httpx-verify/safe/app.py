from flask import Flask, request, jsonify

from geo import Geocoder

app = Flask(__name__)
geocoder = Geocoder()


@app.get("/stores/near")
def near():
    addr = request.args.get("address", "")
    if not addr:
        return jsonify(error="address required"), 400
    return jsonify(geocoder.lookup(addr))
