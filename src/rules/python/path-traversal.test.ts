import { testRule } from "../rule-tester.js";
import rule from "./path-traversal.js";

testRule(rule, {
  valid: [
    {
      name: "an upload handed to a helper that opens it as a zip: the file object, not a path",
      code: `import zipfile
from flask import request


def install_theme(uploaded_file, dest):
    with zipfile.ZipFile(uploaded_file) as zf:
        return zf.namelist()


@app.post("/themes")
def upload_theme():
    return str(install_theme(request.files["theme"], "/srv/themes"))
`,
    },
    {
      name: "aiohttp web.FileResponse after a commonpath check of the path's realpath",
      code: `import os\nfrom aiohttp import web\n\nROOT = "/srv/static"\n\n\nasync def asset(request: web.Request) -> web.StreamResponse:\n    path = os.path.normpath(os.path.join(ROOT, request.match_info["path"]))\n    if os.path.commonpath([os.path.realpath(path), ROOT]) != ROOT:\n        raise web.HTTPNotFound()\n    return web.FileResponse(path)\n`,
    },
    {
      name: "a path joined with werkzeug.security.safe_join",
      code: `from flask import request, send_file
from werkzeug.security import safe_join


@app.get("/asset")
def asset():
    path = safe_join("/srv/assets", request.args["file"])
    if path is None:
        abort(404)
    return send_file(path)
`,
    },
    {
      name: "a helper's parameter annotated int holds no path text, whatever the caller passes",
      code: `import os
from flask import request


def report_path(project_id: int):
    return open(os.path.join("/srv/reports", f"{project_id}.csv")).read()


@app.get("/report")
def report():
    return report_path(request.args["project"])
`,
    },
    {
      name: "a name checked to be its own base name, opened with aiofiles",
      code: `import os\nimport aiofiles\nfrom aiohttp import web\n\n\nasync def tail(request):\n    name = request.query["file"]\n    if name != os.path.basename(name):\n        raise web.HTTPBadRequest()\n    async with aiofiles.open(os.path.join("/var/log/app", name)) as fh:\n        return web.Response(text=await fh.read())\n`,
    },
    {
      name: "an uploaded tar extracted with the data filter",
      code: `import io\nimport tarfile\nfrom flask import request\n\n\n@app.post("/restore")\ndef restore():\n    with tarfile.open(fileobj=io.BytesIO(request.get_data()), mode="r:*") as tar:\n        tar.extractall(path="/srv/restore", filter="data")\n    return "ok"\n`,
    },
    {
      name: "an attribute of a model object the form did not set",
      code: `import os\nfrom .models import Attachment\n\n\ndef upload(request, ticket_id):\n    att = Attachment(ticket_id=ticket_id, stored_name=request.POST["filename"])\n    os.makedirs(att.folder, exist_ok=True)\n`,
    },
    {
      name: "an uploaded file object opened as a zip, not a path",
      code: `import zipfile\nfrom flask import request\n\n\n@app.post("/import")\ndef import_docx():\n    doc = request.files.get("document")\n    with zipfile.ZipFile(doc.stream) as zf:\n        names = zf.namelist()\n    with zipfile.ZipFile(doc) as zf:\n        return str(len(names) + len(zf.namelist()))\n`,
    },
    {
      name: "FileResponse of a file the view opened itself",
      code: `from django.http import FileResponse\nfrom django.shortcuts import get_object_or_404\n\n\ndef download(request, pk):\n    doc = get_object_or_404(Document, pk=pk)\n    return FileResponse(doc.file.open("rb"), filename=doc.filename)\n`,
    },
    {
      name: "django: a URL capture joined with safe_join, which refuses paths outside the base",
      code: `import os
from django.http import HttpResponse
from django.utils._os import safe_join


def download(request, name):
    full = safe_join("/srv/files", name)
    os.remove(full)
    return HttpResponse(status=204)
`,
    },
    {
      name: "archive entries kept inside the folder by a commonpath check before writing",
      code: `import os
import zipfile


def unpack(dest):
    base = os.path.abspath(dest)
    with zipfile.ZipFile("upload.zip") as zf:
        for entry in zf.namelist():
            target = os.path.abspath(os.path.join(base, entry))
            if os.path.commonpath([base, target]) != base:
                raise ValueError("archive entry leaves the folder")
            with open(target, "wb") as out:
                out.write(zf.read(entry))
`,
    },
    {
      name: "containment checked in a helper method that raises, its result written",
      code: `import os
import zipfile


class Unpacker:
    def inside(self, dest, entry):
        base = os.path.abspath(dest)
        target = os.path.abspath(os.path.join(base, entry))
        if os.path.commonpath([target, base]) != base:
            raise ValueError("archive entry leaves the folder")
        return target

    def run(self, dest):
        with zipfile.ZipFile("upload.zip") as zf:
            for entry in zf.namelist():
                target = self.inside(dest, entry)
                os.makedirs(os.path.dirname(target), exist_ok=True)
`,
    },
    {
      name: "containment checked with Path.is_relative_to",
      code: `import zipfile
from pathlib import Path


def unpack(dest):
    base = Path(dest).resolve()
    with zipfile.ZipFile("upload.zip") as zf:
        for entry in zf.namelist():
            target = base / entry
            if not target.resolve().is_relative_to(base):
                raise ValueError("archive entry leaves the folder")
            target.write_bytes(zf.read(entry))
`,
    },
    {
      name: "trust: a constant path is not a taint finding",
      code: `import os
BASE = "/srv/app"


def load():
    return open(os.path.join(BASE, "settings.ini")).read()
`,
    },
    {
      name: "secure_filename",
      code: `import os\nfrom flask import request\nfrom werkzeug.utils import secure_filename\n\n@app.post("/upload")\ndef upload():\n    f = request.files["file"]\n    name = secure_filename(f.filename)\n    with open(os.path.join("/srv/uploads", name), "wb") as out:\n        out.write(f.read())\n    return "ok"\n`,
    },
    {
      name: "basename",
      code: `import os\nfrom flask import request, send_file\n\n@app.route("/dl")\ndef dl():\n    name = os.path.basename(request.args["f"])\n    return send_file(os.path.join("/srv/files", name))\n`,
    },
    {
      name: "resolved path checked against the base",
      code: `import os\nfrom flask import request, abort\nBASE = "/srv/files"\n\n@app.route("/read")\ndef read():\n    path = os.path.realpath(os.path.join(BASE, request.args["p"]))\n    if not path.startswith(BASE + os.sep):\n        abort(403)\n    return open(path).read()\n`,
    },
    {
      name: "constant path",
      code: `def load():\n    with open("/etc/app/config.ini") as f:\n        return f.read()\n`,
    },
    {
      name: "pathlib final component, and a name rejected when it holds a slash",
      code: `from pathlib import Path\nfrom flask import request, abort\nSTORE = Path("/srv/store")\n\n@app.post("/put")\ndef put():\n    upload = request.files["doc"]\n    with open(STORE / Path(upload.filename).name, "wb") as out:\n        out.write(upload.read())\n    return "ok"\n\n@app.get("/get")\ndef get():\n    key = request.args["key"]\n    if "/" in key or key.startswith("."):\n        abort(400)\n    return open(f"/srv/store/{key}").read()\n`,
    },
    {
      name: "tar members checked against the target directory before writing",
      code: `import os\nimport tarfile\n\n\ndef unpack():\n    base = os.path.realpath("/srv/plugins")\n    with tarfile.open("/srv/incoming/plugin.tgz") as tar:\n        for info in tar.getmembers():\n            out_path = os.path.realpath(os.path.join(base, info.name))\n            if not out_path.startswith(base + os.sep):\n                continue\n            with open(out_path, "wb") as out:\n                out.write(tar.extractfile(info).read())\n`,
    },
  ],
  invalid: [
    {
      name: "a helper's path parameter opened as a zip, the caller passing the query string",
      code: `import zipfile
from flask import request


def list_archive(archive_path):
    with zipfile.ZipFile(archive_path) as zf:
        return zf.namelist()


@app.get("/archive")
def archive():
    return str(list_archive(request.args["p"]))
`,
      lines: [6],
    },
    {
      name: "the folder made for an archive entry's write is not a second finding beside the write",
      code: `import os
import zipfile


def unpack(dest):
    with zipfile.ZipFile("/srv/incoming/theme.zip") as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
`,
      lines: [10],
    },
    {
      name: "a folder made from an entry name with nothing written in it stays a finding",
      code: `import os
import zipfile


def unpack(dest):
    with zipfile.ZipFile("/srv/incoming/theme.zip") as zf:
        for info in zf.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
`,
      lines: [9],
    },
    {
      name: "a log name from the query opened with aiofiles",
      code: `import os\nimport aiofiles\nfrom aiohttp import web\n\n\nasync def tail(request):\n    name = request.query["file"]\n    async with aiofiles.open(os.path.join("/var/log/app", name)) as fh:\n        return web.Response(text=await fh.read())\n`,
      lines: [8],
    },
    {
      name: "an uploaded tar extracted without a filter",
      code: `import io\nimport tarfile\nfrom flask import request\n\n\n@app.post("/restore")\ndef restore():\n    with tarfile.open(fileobj=io.BytesIO(request.get_data()), mode="r:*") as tar:\n        tar.extractall(path="/srv/restore")\n    return "ok"\n`,
      lines: [9],
    },
    {
      name: "a prefix check without the separator (a sibling folder passes)",
      code: `import os\nfrom flask import request, abort\n\n\n@app.get("/export")\ndef export():\n    base = os.path.join("/srv/exports", request.args["org"])\n    path = os.path.abspath(os.path.join(base, request.args["file"]))\n    if not path.startswith(base):\n        abort(403)\n    return open(path, "rb").read()\n`,
      lines: [11],
    },
    {
      name: "the attribute of a model object that the form set",
      code: `import os\nfrom .models import Attachment\n\n\ndef upload(request, ticket_id):\n    att = Attachment(ticket_id=ticket_id, stored_name=request.POST["filename"])\n    os.remove(os.path.join("/srv/files", att.stored_name))\n`,
      lines: [7],
    },
    {
      name: "the client-chosen name of an upload joined into the path",
      code: `import os\nfrom flask import request\n\n\n@app.post("/avatar")\ndef avatar():\n    upload = request.files["avatar"]\n    return open(os.path.join("/srv/avatars", upload.filename), "wb").write(upload.read())\n`,
      lines: [8],
    },
    {
      // Before, the mode (archive data) was taken for the path: a high finding about the archive.
      name: "a @staticmethod's first parameter is the caller's first argument: the checked path leaves only an unknown-origin parameter",
      code: `import os
import tarfile


class Unpacker:
    @staticmethod
    def apply_mode(mode, filename):
        os.chmod(filename, mode)

    def inside(self, dest, entry):
        base = os.path.abspath(dest)
        target = os.path.abspath(os.path.join(base, entry))
        if os.path.commonpath([target, base]) != base:
            raise ValueError("archive entry leaves the folder")
        return target

    def run(self, dest):
        with tarfile.open("upload.tar") as tf:
            for member in tf.getmembers():
                target = self.inside(dest, member.name)
                self.apply_mode(member.mode, target)
`,
      lines: [8],
      severity: "medium",
      notMessage: "archive",
    },
    {
      name: "a @staticmethod given an unchecked archive path (twin of the staticmethod case)",
      code: `import os
import tarfile


class Unpacker:
    @staticmethod
    def apply_mode(mode, filename):
        os.chmod(filename, mode)

    def inside(self, dest, entry):
        base = os.path.abspath(dest)
        target = os.path.abspath(os.path.join(base, entry))
        return target

    def run(self, dest):
        with tarfile.open("upload.tar") as tf:
            for member in tf.getmembers():
                target = self.inside(dest, member.name)
                self.apply_mode(member.mode, target)
`,
      lines: [8],
      severity: "high",
    },
    {
      name: "django: a URL capture joined with os.path.join (twin of the safe_join case)",
      code: `import os
from django.http import HttpResponse
from django.utils._os import safe_join


def download(request, name):
    full = os.path.join("/srv/files", name)
    os.remove(full)
    return HttpResponse(status=204)
`,
      lines: [8],
      severity: "high",
    },
    {
      name: "archive entries written without a containment check (twin of the commonpath case)",
      code: `import os
import zipfile


def unpack(dest):
    base = os.path.abspath(dest)
    with zipfile.ZipFile("upload.zip") as zf:
        for entry in zf.namelist():
            target = os.path.abspath(os.path.join(base, entry))
            with open(target, "wb") as out:
                out.write(zf.read(entry))
`,
      lines: [10],
      severity: "high",
    },
    {
      name: "helper method that joins without checking (twin of the helper case)",
      code: `import os
import zipfile


class Unpacker:
    def inside(self, dest, entry):
        base = os.path.abspath(dest)
        target = os.path.abspath(os.path.join(base, entry))
        return target

    def run(self, dest):
        with zipfile.ZipFile("upload.zip") as zf:
            for entry in zf.namelist():
                target = self.inside(dest, entry)
                os.makedirs(os.path.dirname(target), exist_ok=True)
`,
      lines: [15],
      severity: "high",
    },
    {
      name: "trust: the request's query string is remote, reported at the rule's severity",
      code: `import os
from flask import request


@app.route("/doc")
def doc():
    return open(os.path.join("/srv/docs", request.args["name"])).read()
`,
      lines: [7],
      severity: "high",
      message: "the request's query string (request.args",
    },
    {
      name: "trust: an environment variable is operator input, a low hardening note naming it",
      code: `import os


def load_settings():
    base = os.environ["APP_CONFIG_DIR"]
    return open(os.path.join(base, "settings.ini")).read()
`,
      lines: [6],
      severity: "low",
      message: 'the environment variable APP_CONFIG_DIR (os.environ["APP_CONFIG_DIR"], line 5)',
      notMessage: "from the request",
    },
    {
      name: "trust: a stored row (second-order) is reported at the rule's severity",
      code: `import os
import sqlite3

conn = sqlite3.connect("app.db")


def attachment(doc_id):
    cur = conn.execute("SELECT stored_name FROM attachments WHERE id = ?", (doc_id,))
    row = cur.fetchone()
    return open(os.path.join("/srv/attachments", row[0]), "rb").read()
`,
      lines: [10],
      severity: "high",
      message: "a row read from the database (.fetchone()",
    },
    {
      name: "trust regression: Flask's Config.from_envvar passes an environment value on to open()",
      code: `import os
import types


class Config(dict):
    def __init__(self, root_path, defaults=None):
        super().__init__(defaults or {})
        self.root_path = root_path

    def from_envvar(self, variable_name: str, silent: bool = False) -> bool:
        rv = os.environ.get(variable_name)
        if not rv:
            if silent:
                return False
            raise RuntimeError(f"The environment variable {variable_name!r} is not set")
        return self.from_pyfile(rv, silent=silent)

    def from_pyfile(self, filename, silent: bool = False) -> bool:
        filename = os.path.join(self.root_path, filename)
        d = types.ModuleType("config")
        d.__file__ = filename
        try:
            with open(filename, mode="rb") as config_file:
                d.__dict__.update(parse(config_file.read()))
        except OSError:
            if silent:
                return False
            raise
        return True
`,
      lines: [23],
      severity: "low",
      message: "the environment variable named by variable_name (os.environ.get(variable_name), line 11)",
      notMessage: "from the request",
    },
    {
      name: "os.path.join with a query parameter",
      code: `import os\nfrom flask import request\n\n@app.route("/download")\ndef download():\n    filename = request.args.get("file")\n    path = os.path.join("/var/www/files", filename)\n    with open(path, "rb") as fh:\n        return fh.read()\n`,
      lines: [8],
    },
    {
      name: "flask route parameter to send_file, and a delete",
      code: `import os\nfrom flask import send_file\n\n@app.route("/files/<path:name>")\ndef get_file(name):\n    return send_file("/data/" + name)\n\n@app.route("/files/<path:name>", methods=["DELETE"])\ndef delete_file(name):\n    os.remove(os.path.join("/data", name))\n    return "", 204\n`,
      lines: [6, 10],
    },
    {
      name: "aiohttp web.FileResponse of a match_info path checked with an open prefix",
      code: `import os\nfrom aiohttp import web\n\nROOT = "/srv/static"\n\n\nasync def asset(request: web.Request) -> web.StreamResponse:\n    path = os.path.normpath(os.path.join(ROOT, request.match_info["path"]))\n    if not path.startswith(ROOT):\n        raise web.HTTPNotFound()\n    return web.FileResponse(path)\n`,
      lines: [11],
    },
    {
      name: "fastapi FileResponse",
      code: `from fastapi import FastAPI\nfrom fastapi.responses import FileResponse\napp = FastAPI()\n\n@app.get("/report")\ndef report(name: str):\n    return FileResponse(f"/reports/{name}.pdf")\n`,
      lines: [7],
    },
    {
      name: "pathlib parent kept, and a slash check on another value",
      code: `from pathlib import Path\nfrom flask import request, abort\nSTORE = Path("/srv/store")\n\n@app.post("/put")\ndef put():\n    upload = request.files["doc"]\n    with open(STORE / Path(upload.filename).parent / "copy", "wb") as out:\n        out.write(upload.read())\n    return "ok"\n\n@app.get("/get")\ndef get():\n    key = request.args["key"]\n    if "/" in request.args.get("kind", ""):\n        abort(400)\n    return open(f"/srv/store/{key}").read()\n`,
      lines: [8, 17],
    },
    {
      name: "zip entry names joined to the target directory as they are",
      code: `import os\nimport zipfile\n\n\ndef unpack():\n    with zipfile.ZipFile("/srv/incoming/theme.zip") as archive:\n        for entry in archive.namelist():\n            with open(os.path.join("/srv/themes", entry), "wb") as out:\n                out.write(archive.read(entry))\n`,
      lines: [8],
    },
  ],
});
