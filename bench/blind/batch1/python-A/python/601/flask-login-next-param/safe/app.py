import os
from urllib.parse import urlsplit

from flask import Flask, redirect, render_template, request, url_for
from flask_login import LoginManager, login_user

from users import authenticate

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
login_manager = LoginManager(app)
login_manager.login_view = "login"


def is_local_url(target: str) -> bool:
    """True only for same-site paths such as /orders?page=2 (not //host, /\\host or scheme:...)."""
    if not target or any(ord(ch) < 0x20 for ch in target):
        return False
    normalized = target.replace("\\", "/")
    parts = urlsplit(normalized)
    return not parts.scheme and not parts.netloc and normalized.startswith("/") and not normalized.startswith("//")


@app.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.values.get("next") or ""
    if not is_local_url(next_url):
        next_url = url_for("dashboard")
    if request.method == "POST":
        user = authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if user is None:
            return render_template("login.html", next=next_url, error="Invalid e-mail or password"), 401
        login_user(user, remember=bool(request.form.get("remember")))
        return redirect(next_url)
    return render_template("login.html", next=next_url)


@app.get("/")
def dashboard():
    return render_template("dashboard.html")
