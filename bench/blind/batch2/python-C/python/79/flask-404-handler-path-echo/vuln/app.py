from flask import Flask, jsonify

from errors import register_error_handlers

app = Flask(__name__)
register_error_handlers(app)


@app.get("/api/ping")
def ping():
    return jsonify(pong=True)
