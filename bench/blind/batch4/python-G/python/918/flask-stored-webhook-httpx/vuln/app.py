from flask import Flask, request, jsonify
from hooks import save_hook, fire_event

app = Flask(__name__)


@app.put("/integrations/webhook")
def set_webhook():
    save_hook(request.headers["X-Account"], request.json["url"])
    return jsonify(ok=True)


@app.post("/events/test")
def test_event():
    status = fire_event(request.headers["X-Account"], {"type": "ping"})
    return jsonify(delivered=status)
