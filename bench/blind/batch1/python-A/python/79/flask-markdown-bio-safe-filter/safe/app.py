import bleach
import markdown
from flask import Flask, abort, render_template

from users import find_user

app = Flask(__name__)


ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre", "blockquote"}
ALLOWED_ATTRS = {"a": ["href", "title"]}


def bio_html(source: str) -> str:
    html = markdown.markdown(source, extensions=["extra"], output_format="html")
    return bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                        protocols={"http", "https", "mailto"}, strip=True)


@app.get("/u/<username>")
def profile(username: str):
    user = find_user(username)
    if user is None:
        abort(404)
    # profile.html renders {{ bio|safe }} so the markdown formatting is preserved
    return render_template("profile.html", user=user, bio=bio_html(user["bio"]))
