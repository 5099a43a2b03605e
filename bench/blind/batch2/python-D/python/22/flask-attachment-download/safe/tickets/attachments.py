import os

from flask import Blueprint, abort, current_app, send_file, send_from_directory
from flask_login import login_required, current_user

from .access import can_view_ticket

bp = Blueprint("attachments", __name__)


def ticket_dir(ticket_id: int) -> str:
    return os.path.join(current_app.config["UPLOAD_ROOT"], "tickets", str(ticket_id))


@bp.get("/tickets/<int:ticket_id>/files/<path:filename>")
@login_required
def download(ticket_id, filename):
    if not can_view_ticket(current_user, ticket_id):
        abort(403)
    return send_from_directory(ticket_dir(ticket_id), filename, as_attachment=True)
