from flask import Flask, render_template_string, abort
from markupsafe import Markup, escape

from profiles import get_profile

app = Flask(__name__)

PAGE = """<h1>{{ name }}</h1><div class="bio">{{ bio }}</div>"""


@app.get("/u/<handle>")
def profile(handle: str):
    p = get_profile(handle)
    if p is None:
        abort(404)
    bio = Markup("<br>").join(escape(p["bio"]).split("\n"))
    return render_template_string(PAGE, name=p["name"], bio=bio)
