from flask import Flask, request, render_template
from markupsafe import Markup, escape
from search import run_search

app = Flask(__name__)


@app.get("/search")
def search():
    term = request.args.get("q", "")
    hits = run_search(term)
    heading = Markup("Results for <em>{}</em>").format(term)
    return render_template("results.html", heading=heading, hits=hits)
