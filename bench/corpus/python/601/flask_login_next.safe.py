from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("password") != session.get("expected"):
        return "invalid", 401
    target = url_for("dashboard")
    return redirect(target)
