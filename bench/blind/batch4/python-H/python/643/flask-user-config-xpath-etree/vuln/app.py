from flask import Flask, request, session, redirect

from xmlusers import find_user

app = Flask(__name__)
app.secret_key = __import__("os").environ["APP_SECRET"]


@app.post("/login")
def login():
    user = find_user(request.form.get("username", ""), request.form.get("pin", ""))
    if user is None:
        return "invalid", 401
    session["user"] = user
    return redirect("/")
