from flask import Flask, redirect, request, url_for

from accounts import create_user

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    create_user(email, password)
    return redirect(url_for("welcome"))


@app.get("/welcome")
def welcome():
    return "Welcome!"
