from flask import Flask, abort, jsonify, request, session

from exports import delete_export, list_exports

app = Flask(__name__)


@app.get("/exports")
def exports():
    uid = session.get("uid") or abort(401)
    return jsonify(files=list_exports(uid))


@app.delete("/exports")
def remove_export():
    uid = session.get("uid") or abort(401)
    body = request.get_json(silent=True) or {}
    name = str(body.get("file", ""))
    if not delete_export(uid, name):
        abort(404)
    return jsonify(deleted=name)
