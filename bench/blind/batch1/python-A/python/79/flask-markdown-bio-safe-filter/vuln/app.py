import markdown
from flask import Flask, abort, render_template

from users import find_user

app = Flask(__name__)


def bio_html(source: str) -> str:
    return markdown.markdown(source, extensions=["extra"], output_format="html")


@app.get("/u/<username>")
def profile(username: str):
    user = find_user(username)
    if user is None:
        abort(404)
    # profile.html renders {{ bio|safe }} so the markdown formatting is preserved
    return render_template("profile.html", user=user, bio=bio_html(user["bio"]))  # cg-expect: CWE-79
