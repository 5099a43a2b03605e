from flask import Flask, jsonify, request

from mailer import Mailer

app = Flask(__name__)
mailer = Mailer()


@app.post("/contact")
def contact():
    mailer.send("support@shop.example.com", "Contact form", request.form.get("message", "")[:5000])
    return jsonify(ok=True)
