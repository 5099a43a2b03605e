from flask import Flask, jsonify, request

from geocode import geocode

app = Flask(__name__)


@app.get("/stores/near")
def stores_near():
    lat, lng = geocode(request.args.get("address", ""))
    return jsonify(lat=lat, lng=lng, stores=[])
