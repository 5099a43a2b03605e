import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/prefs/import", methods=["POST"])
def import_prefs():
    raw = request.get_data(as_text=True)
    prefs = jsonpickle.decode(raw)  # cg-expect: CWE-502
    return {"imported": len(prefs)}
