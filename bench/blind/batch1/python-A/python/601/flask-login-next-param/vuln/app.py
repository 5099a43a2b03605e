import os

from flask import Flask, redirect, render_template, request, url_for
from flask_login import LoginManager, login_user

from users import authenticate

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)
login_manager.login_view = "login"


@app.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.values.get("next") or url_for("dashboard")
    if request.method == "POST":
        user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if user is None:
            return render_template("login.html", next=next_url, error="Invalid e-mail or password"), 401
        login_user(user, remember=bool(request.form.get("remember")))
        return redirect(next_url)  # cg-expect: CWE-601
    return render_template("login.html", next=next_url)


@app.get("/")
def dashboard():
    return render_template("dashboard.html")
