from flask import Flask, jsonify, session, request
from prefs import save_printer, load_printer
from printing import printer_status

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.post("/prefs/printer")
def set_printer():
    save_printer(session["uid"], request.form["printer"])
    return jsonify(ok=True)


@app.get("/printer/status")
def status():
    return jsonify(status=printer_status(load_printer(session["uid"])))
