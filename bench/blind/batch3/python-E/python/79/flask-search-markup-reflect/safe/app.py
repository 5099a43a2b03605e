from flask import Flask, request, render_template_string
from markupsafe import Markup, escape

app = Flask(__name__)

PAGE = """<html><body>
<h1>Search</h1>
<p>Results for {{ heading }}</p>
<ul>{% for r in results %}<li>{{ r }}</li>{% endfor %}</ul>
</body></html>"""

def run_search(q):
    return [f"doc-{i}" for i in range(3)] if q else []

@app.get("/search")
def search():
    q = request.args.get("q", "")
    heading = Markup("<em>{}</em>").format(q)
    return render_template_string(PAGE, heading=heading, results=run_search(q))  # Markup.format escapes its arguments
