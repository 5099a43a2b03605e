import logging
import uuid

from flask import Flask, g, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger("app.errors")


def register_error_handlers(app: Flask) -> None:
    @app.before_request
    def assign_request_id():
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex

    @app.after_request
    def echo_request_id(response):
        response.headers["X-Request-Id"] = g.get("request_id", "")
        return response

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return jsonify({"error": exc.name, "status": exc.code}), exc.code

    @app.errorhandler(Exception)
    def unhandled(exc: Exception):
        log.exception("unhandled error request_id=%s", g.get("request_id"))
        return jsonify({"error": "internal error", "request_id": g.get("request_id")}), 500
