from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/")
def home():
    name = request.cookies.get("display_name", "guest")
    body = f"<html><body><p>Welcome back, {name}!</p><a href='/logout'>Log out</a></body></html>"
    resp = make_response(body)  # cg-expect: CWE-79
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
