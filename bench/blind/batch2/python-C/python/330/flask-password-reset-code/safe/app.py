from flask import Flask, jsonify, request

from reset import create_reset_code, send_reset_email
from users import find_user_by_email

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    email = request.form.get("email", "").strip().lower()
    user = find_user_by_email(email)
    if user:
        code = create_reset_code(user["id"])
        send_reset_email(email, code)
    return jsonify(message="If that address is registered, a code is on its way.")
