from flask import Flask, render_template, request
from markupsafe import Markup, escape

from search import run_search

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    results = run_search(q)
    headline = Markup("Results for <em>{}</em>").format(q)
    return render_template("search.html", headline=headline, results=results)
