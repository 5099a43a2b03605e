from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/")
def home():
    name = request.cookies.get("display_name", "guest")
    name = escape(name)
    body = f"<html><body><p>Welcome back, {name}!</p><a href='/logout'>Log out</a></body></html>"
    resp = make_response(body)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
