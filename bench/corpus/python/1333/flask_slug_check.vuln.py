import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/pages", methods=["POST"])
def create_page():
    slug = request.form.get("slug", "")
    if not re.match(r"^([a-z0-9]+-?)+$", slug):  # cg-expect: CWE-1333
        abort(400)
    return {"slug": slug}
