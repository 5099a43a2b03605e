import os
from urllib.parse import urlsplit
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

def _back(ref):
    return ref or url_for("index")

@app.post("/logout")
def logout():
    session.clear()
    return redirect(_back(request.referrer))  # cg-expect: CWE-601

@app.get("/")
def index():
    return "home"
