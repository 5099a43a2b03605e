from flask import Flask, request, jsonify

from validate import bad_rows

app = Flask(__name__)


@app.post("/imports/csv")
def import_csv():
    f = request.files["file"]
    text = f.read(1_000_000).decode("utf-8", errors="replace")
    errors = bad_rows(text)
    if errors:
        return jsonify(error="invalid rows", rows=errors[:20]), 422
    return jsonify(ok=True)
