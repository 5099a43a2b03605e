from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile/preview", methods=["POST"])
def preview_bio():
    bio = request.form.get("bio", "")
    bio = bio[:500]
    rendered = Markup("<div class='bio'>" + bio + "</div>")  # cg-expect: CWE-79
    return render_template("preview.html", bio=rendered)
