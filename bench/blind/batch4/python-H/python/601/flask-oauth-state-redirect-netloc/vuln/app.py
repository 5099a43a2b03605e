from flask import Flask, request, redirect, session

from nav import is_trusted

app = Flask(__name__)
app.secret_key = __import__("os").environ["APP_SECRET"]


@app.get("/oauth/start")
def start():
    session["after_login"] = request.args.get("redirect_uri", "/")
    return redirect("https://idp.example.com/authorize?client_id=shop")


@app.get("/oauth/callback")
def callback():
    target = session.pop("after_login", "/")
    return redirect(target if is_trusted(target) else "/")  # cg-expect: CWE-601
