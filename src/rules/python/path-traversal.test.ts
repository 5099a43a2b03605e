import { testRule } from "../rule-tester.js";
import rule from "./path-traversal.js";

testRule(rule, {
  valid: [
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
