import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    title = html.escape(name.title())
    page = "<h1>Welcome back, " + title + "!</h1>"
    return page
