from flask import Flask, make_response, render_template, request

from search import run_search

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    results = run_search(q)
    if not results:
        body = (
            "<!doctype html><title>No results</title>"
            f"<p>Sorry, nothing matched <strong>{q}</strong>.</p>"
            '<p><a href="/search">Try another search</a></p>'
        )
        resp = make_response(body, 404)  # cg-expect: CWE-79
        resp.headers["Content-Type"] = "text/html; charset=utf-8"
        return resp
    return render_template("results.html", q=q, results=results)
