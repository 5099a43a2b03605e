from flask import Flask, request, jsonify
from reset import issue_reset_token

app = Flask(__name__)

@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    issue_reset_token(email)
    return jsonify({"sent": True})
