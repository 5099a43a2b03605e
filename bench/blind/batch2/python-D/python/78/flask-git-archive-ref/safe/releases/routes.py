import io

from flask import Blueprint, abort, send_file

from .gitops import archive_ref, BadRef

bp = Blueprint("releases", __name__)


@bp.get("/repos/<project>/archive/<path:ref>.tar")
def download_archive(project, ref):
    try:
        data = archive_ref(project, ref)
    except (BadRef, KeyError):
        abort(404)
    return send_file(io.BytesIO(data), mimetype="application/x-tar",
                     download_name=f"{project}.tar")
