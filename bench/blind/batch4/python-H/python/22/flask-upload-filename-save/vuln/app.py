from flask import Flask, request, jsonify

from uploads import store_attachment

app = Flask(__name__)
app.config["UPLOAD_DIR"] = "/srv/tickets/attachments"


@app.post("/tickets/<int:ticket_id>/attachments")
def attach(ticket_id: int):
    f = request.files.get("file")
    if f is None or not f.filename:
        return jsonify(error="no file"), 400
    path = store_attachment(app.config["UPLOAD_DIR"], ticket_id, f)
    return jsonify(path=path), 201
