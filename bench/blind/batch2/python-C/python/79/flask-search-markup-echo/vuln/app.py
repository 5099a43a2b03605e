from flask import Flask, render_template, request
from markupsafe import Markup, escape

from search import run_search

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    results = run_search(q)
    heading = Markup(f"Results for <em>{q}</em>")
    if not results:
        heading = Markup(f"No results for <em>{q}</em>")
    return render_template("search.html", heading=heading, results=results)  # cg-expect: CWE-79
