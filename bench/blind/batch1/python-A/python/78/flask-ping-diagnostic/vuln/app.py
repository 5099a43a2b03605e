import re
import subprocess

from flask import Blueprint, Flask, jsonify, request

diag = Blueprint("diag", __name__, url_prefix="/diag")

# hostnames or IPv4 addresses
HOST_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*")


def looks_like_host(value: str) -> bool:
    return bool(HOST_RE.match(value))


@diag.get("/ping")
def ping():
    host = request.args.get("host", "").strip()
    count = request.args.get("count", "3")
    if not looks_like_host(host) or not count.isdigit():
        return jsonify({"error": "invalid host"}), 400
    try:
        out = subprocess.check_output(  # cg-expect: CWE-78
            "ping -c %s -W 2 %s" % (count, host),
            shell=True,
            stderr=subprocess.STDOUT,
            timeout=20,
        )
    except subprocess.CalledProcessError as exc:
        out = exc.output
    return jsonify({"host": host, "output": out.decode(errors="replace")})


def create_app() -> Flask:
    app = Flask(__name__)
    app.register_blueprint(diag)
    return app
