from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required

from ..extensions import db
from .models import Membership

bp = Blueprint("onboarding", __name__)


@bp.route("/onboarding/workspace", methods=["GET", "POST"])
@login_required
def choose_workspace():
    if request.method == "GET":
        memberships = Membership.query.filter_by(user_id=current_user.id).all()
        return render_template("onboarding/workspace.html", memberships=memberships)
    workspace_id = int(request.form["workspace_id"])
    membership = Membership.query.filter_by(user_id=current_user.id, workspace_id=workspace_id).first_or_404()
    session["workspace_id"] = membership.workspace_id
    session["workspace_role"] = request.form.get("role", membership.role)  # cg-expect: CWE-501
    return redirect(url_for("workspace.home"))
