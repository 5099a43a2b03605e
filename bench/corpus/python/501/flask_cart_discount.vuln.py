from flask import Flask, request, session

app = Flask(__name__)


def _apply(code):
    session["discount_code"] = code  # cg-expect: CWE-501


@app.route("/cart/discount", methods=["POST"])
def apply_discount():
    code = request.json.get("code", "")
    _apply(code)
    return {"ok": True}
