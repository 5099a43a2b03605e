import os

from flask import Flask, render_template_string, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

PAGE = """<!doctype html>
<html>
  <head><title>Welcome</title></head>
  <body>
    <h1>%s</h1>
    <p>You have {{ unread }} unread messages.</p>
  </body>
</html>"""


def greeting_for(name: str) -> str:
    name = name.strip() or "guest"
    return f"Hello, {name}!"


@app.route("/welcome")
def welcome():
    display = request.args.get("name") or session.get("display_name", "")
    unread = session.get("unread", 0)
    return render_template_string(PAGE % greeting_for(display), unread=unread)  # cg-expect: CWE-94
