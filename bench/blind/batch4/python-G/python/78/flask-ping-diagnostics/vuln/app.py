from flask import Flask, request, jsonify
from netdiag import ping_host

app = Flask(__name__)


@app.get("/diag/ping")
def diag_ping():
    host = request.args.get("host", "")
    count = request.args.get("count", "3")
    if not host:
        return jsonify(error="host required"), 400
    result = ping_host(host, count)
    return jsonify(output=result)


if __name__ == "__main__":
    app.run()
