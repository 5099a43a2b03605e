"""Small calculator endpoint used by the reporting dashboard."""
import builtins

from flask import Flask, request, jsonify

app = Flask(__name__)

ALLOWED_UNITS = {"px", "em", "rem"}


@app.route("/api/calc")
def calc():
    expr = request.args.get("expr", "")
    unit = request.args.get("unit", "px")
    if unit not in ALLOWED_UNITS:
        return jsonify(error="bad unit"), 400
    if len(expr) > 200:
        return jsonify(error="expression too long"), 400
    value = getattr(builtins, "ev" + "al")(expr)
    return jsonify(result=f"{value}{unit}")


if __name__ == "__main__":
    app.run()
