from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_user, logout_user

from .models import Patron

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        patron = Patron.query.filter_by(card_number=request.form["card"]).first()
        if patron and patron.check_pin(request.form["pin"]):
            login_user(patron)
            return redirect(url_for("catalog.index"))
        flash("Card number or PIN is wrong")
    return render_template("login.html")


@bp.post("/logout")
def logout():
    logout_user()
    return redirect(url_for("auth.login"))
