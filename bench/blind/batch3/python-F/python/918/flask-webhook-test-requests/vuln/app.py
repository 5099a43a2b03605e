from flask import Flask, jsonify, request

from webhooks import send_test_event

app = Flask(__name__)


@app.post("/integrations/webhook/test")
def test_webhook():
    url = (request.get_json(silent=True) or {}).get("url", "")
    try:
        status = send_test_event(url)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(status=status)
