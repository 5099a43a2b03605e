from flask import Flask, Response, abort, request

from repos import RepoArchiver

app = Flask(__name__)
archiver = RepoArchiver(root="/srv/git")


@app.post("/repos/<int:repo_id>/archive")
def archive(repo_id: int):
    payload = request.get_json(silent=True) or {}
    ref = payload.get("ref", "main")
    fmt = payload.get("format", "tar.gz")
    if fmt not in ("tar.gz", "zip"):
        abort(400, "format must be tar.gz or zip")
    try:
        data = archiver.archive(repo_id, ref, fmt)
    except LookupError:
        abort(404)
    mimetype = "application/zip" if fmt == "zip" else "application/gzip"
    return Response(data, mimetype=mimetype,
                    headers={"Content-Disposition": f"attachment; filename=repo-{repo_id}.{fmt}"})
