from flask import Flask, jsonify, request

from jobs import JobQueue

app = Flask(__name__)
queue = JobQueue()


@app.post("/reports")
def create_report():
    params = request.get_json(force=True)
    callback = request.headers.get("X-Callback-Url")
    job_id = queue.enqueue(params, callback)
    return jsonify(job=job_id), 202
