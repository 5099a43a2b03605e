from flask import Flask, jsonify, make_response, request

from stores import opening_hours

app = Flask(__name__)


@app.get("/stores/hours")
def hours():
    region = request.cookies.get("store_region", "north")
    return jsonify(region=region, stores=opening_hours(region))


@app.post("/stores/region")
def choose_region():
    region = request.form.get("region", "north")
    resp = make_response(jsonify(region=region))
    resp.set_cookie("store_region", region, max_age=90 * 24 * 3600, samesite="Lax")
    return resp
