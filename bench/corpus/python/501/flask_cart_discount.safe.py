from flask import Flask, request, session

app = Flask(__name__)


def _apply(code):
    session["discount_code"] = code


@app.route("/cart/discount", methods=["POST"])
def apply_discount():
    code = request.json.get("code", "")
    if code in {"WELCOME10", "SPRING15"}:
        _apply(code)
    return {"ok": True}
