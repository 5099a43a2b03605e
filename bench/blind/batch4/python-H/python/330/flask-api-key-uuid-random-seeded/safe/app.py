from flask import Flask, jsonify, g

from keys import KeyFactory

app = Flask(__name__)
factory = KeyFactory()
KEYS: dict[str, int] = {}


@app.post("/integrations")
def create_integration():
    key = factory.new_key()
    KEYS[key] = getattr(g, "user_id", 0)
    return jsonify(api_key=key), 201
