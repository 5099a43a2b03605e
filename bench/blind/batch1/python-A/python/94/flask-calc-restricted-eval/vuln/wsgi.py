import logging

from flask import request

from app import app

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("calc")


@app.after_request
def log_request(response):
    log.info("%s %s -> %s", request.method, request.path, response.status_code)
    response.headers.setdefault("Cache-Control", "no-store")
    return response


application = app
