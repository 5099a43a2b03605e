from flask import Blueprint, flash, redirect, render_template, request, url_for

from mailer import send_message

bp = Blueprint("contact", __name__)


@bp.route("/contact", methods=["GET", "POST"])
def contact():
    if request.method == "GET":
        return render_template("contact.html")
    email = request.form.get("email", "").strip()
    message = request.form.get("message", "").strip()
    if not email or not message:
        flash("Please fill in both fields.")
        return redirect(url_for("contact.contact"))
    send_message("support@example.com", f"Contact form: {email}", message)
    send_message(email, "We received your message", "Thanks - we will reply within two working days.")
    flash("Thanks, we'll be in touch.")
    return redirect(url_for("contact.contact"))
