import os

import certifi
import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)
API_KEY = os.environ["WEATHER_API_KEY"]


@app.get("/weather")
def weather():
    city = request.args.get("city", "Berlin")
    r = httpx.get("https://api.weather-partner.example/v1/current", params={"q": city, "key": API_KEY}, verify=certifi.where(), timeout=5)
    r.raise_for_status()
    return jsonify(r.json())
