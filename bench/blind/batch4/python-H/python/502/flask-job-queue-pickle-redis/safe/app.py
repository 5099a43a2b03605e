import base64

from flask import Flask, request, jsonify

from jobs import enqueue

app = Flask(__name__)


@app.post("/jobs")
def create_job():
    blob = base64.b64decode(request.form["payload"])
    job_id = enqueue(request.form.get("kind", "report"), blob)
    return jsonify(job_id=job_id), 202
