import tempfile
from flask import Flask, request, jsonify
from restore import restore_backup

app = Flask(__name__)

@app.post("/admin/restore")
def restore():
    upload = request.files["backup"]
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        upload.save(tmp.name)
        count = restore_backup(tmp.name)
    return jsonify({"restored": count})
