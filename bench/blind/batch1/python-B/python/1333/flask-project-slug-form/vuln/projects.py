import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from models import Project, db

bp = Blueprint("projects", __name__, url_prefix="/projects")

SLUG_RE = re.compile(r"^([a-z0-9]+-?)*[a-z0-9]+$")
RESERVED = {"new", "edit", "settings", "admin", "api"}


def clean_slug(raw: str) -> str | None:
    slug = raw.strip().lower()
    if slug in RESERVED:
        return None
    if SLUG_RE.match(slug) is None:  # cg-expect: CWE-1333
        return None
    return slug


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create():
    if request.method == "GET":
        return render_template("projects/new.html")
    slug = clean_slug(request.form.get("slug", ""))
    if slug is None:
        flash("Slugs use lowercase letters, digits and single dashes.")
        return render_template("projects/new.html", form=request.form), 400
    if Project.query.filter_by(owner_id=current_user.id, slug=slug).first():
        abort(409)
    project = Project(owner_id=current_user.id, slug=slug, title=request.form.get("title", slug))
    db.session.add(project)
    db.session.commit()
    return redirect(url_for("projects.show", slug=slug))


@bp.get("/<slug>")
@login_required
def show(slug: str):
    project = Project.query.filter_by(owner_id=current_user.id, slug=slug).first_or_404()
    return render_template("projects/show.html", project=project)
