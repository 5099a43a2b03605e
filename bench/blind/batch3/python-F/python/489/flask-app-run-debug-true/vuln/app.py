from flask import Flask, jsonify

from config import Settings

app = Flask(__name__)
app.config.from_object(Settings)


@app.get("/health")
def health():
    return jsonify(status="ok")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)  # cg-expect: CWE-489
