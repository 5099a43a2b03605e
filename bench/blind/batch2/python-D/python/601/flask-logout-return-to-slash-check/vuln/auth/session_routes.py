from flask import Blueprint, redirect, request, session, url_for

from .safe_urls import is_local_path

bp = Blueprint("session", __name__)


@bp.get("/logout")
def logout():
    session.clear()
    target = request.args.get("return_to", "")
    if not is_local_path(target):
        target = url_for("public.home")
    return redirect(target)  # cg-expect: CWE-601
