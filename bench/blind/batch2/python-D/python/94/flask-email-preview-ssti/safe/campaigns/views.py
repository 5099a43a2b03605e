from flask import Blueprint, request, render_template
from flask_login import login_required, current_user

from .preview import render_preview

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")


@bp.route("/preview", methods=["POST"])
@login_required
def preview():
    body = request.form.get("body", "")
    subject = request.form.get("subject", "")
    html = render_preview(subject, body, current_user)
    return render_template("campaigns/preview.html", preview=html)
