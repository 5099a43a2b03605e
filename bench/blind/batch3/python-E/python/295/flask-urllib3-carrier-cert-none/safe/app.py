from flask import Flask, request, jsonify
from carrier import track

app = Flask(__name__)

@app.get("/track")
def tracking():
    return jsonify(track(request.args["number"]))
