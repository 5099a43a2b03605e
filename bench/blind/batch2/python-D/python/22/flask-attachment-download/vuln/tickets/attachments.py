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
    full_path = os.path.join(ticket_dir(ticket_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)  # cg-expect: CWE-22
