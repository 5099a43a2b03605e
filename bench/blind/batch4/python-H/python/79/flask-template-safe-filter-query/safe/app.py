from flask import Flask, request, render_template

app = Flask(__name__)


@app.get("/notice")
def notice():
    msg = request.args.get("msg", "Welcome back!")
    return render_template("notice.html", msg=msg)
