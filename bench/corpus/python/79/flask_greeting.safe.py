from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    title = escape(name.title())
    html = "<h1>Welcome back, " + title + "!</h1>"
    return html
