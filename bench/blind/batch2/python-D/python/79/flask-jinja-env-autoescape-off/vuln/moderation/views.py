from flask import Blueprint, Response
from flask_login import login_required

from .digest import render_digest
from .models import Comment

bp = Blueprint("moderation", __name__, url_prefix="/mod")


@bp.get("/digest")
@login_required
def digest():
    pending = Comment.query.filter_by(status="pending").order_by(Comment.created.desc()).limit(100).all()
    return Response(render_digest(pending), mimetype="text/html")
