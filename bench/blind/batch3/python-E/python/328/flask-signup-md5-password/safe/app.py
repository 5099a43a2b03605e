from flask import Flask, request, redirect
from accounts import create_account

app = Flask(__name__)

@app.post("/signup")
def signup():
    create_account(request.form["email"], request.form["password"])
    return redirect("/welcome")
