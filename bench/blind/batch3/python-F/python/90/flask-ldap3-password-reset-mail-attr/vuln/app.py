from flask import Flask, jsonify, request

from directory import Directory

app = Flask(__name__)
directory = Directory()


@app.post("/password/forgot")
def forgot():
    dn = directory.find_by_mail(request.form.get("email", ""))
    if dn:
        directory.queue_reset(dn)
    return jsonify(message="If the address is known, a reset mail was sent.")
