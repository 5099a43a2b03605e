from flask import Flask, request, redirect
from users import create_user

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    if len(password) < 10:
        return "password too short", 400
    create_user(email, password)
    return redirect("/welcome")
