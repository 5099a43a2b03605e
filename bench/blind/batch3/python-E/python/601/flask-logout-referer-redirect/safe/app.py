import os
from urllib.parse import urlsplit
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

def _back(ref):
    if ref:
        parts = urlsplit(ref)
        if parts.netloc == request.host and parts.scheme in ("http", "https"):
            return parts.path or "/"
    return url_for("index")

@app.post("/logout")
def logout():
    session.clear()
    return redirect(_back(request.referrer))  # only own-host paths kept

@app.get("/")
def index():
    return "home"
