from flask import Flask, request, render_template
from markupsafe import Markup, escape
from search import run_search

app = Flask(__name__)


@app.get("/search")
def search():
    term = request.args.get("q", "")
    hits = run_search(term)
    heading = Markup(f"Results for <em>{term}</em>")
    return render_template("results.html", heading=heading, hits=hits)  # cg-expect: CWE-79
