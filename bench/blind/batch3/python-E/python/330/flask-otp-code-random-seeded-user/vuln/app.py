from flask import Flask, request, jsonify
from otp import OtpService

app = Flask(__name__)
otp = OtpService()

@app.post("/login/otp")
def request_otp():
    phone = request.form["phone"]
    otp.send(phone)
    return jsonify({"sent": True})

@app.post("/login/otp/verify")
def verify_otp():
    ok = otp.verify(request.form["phone"], request.form["code"])
    return jsonify({"ok": ok}), (200 if ok else 401)
