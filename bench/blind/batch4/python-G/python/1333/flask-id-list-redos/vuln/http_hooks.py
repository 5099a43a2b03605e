import logging
import time
import uuid

from flask import g, jsonify, request

log = logging.getLogger("app.http")


def register_handlers(app):
    """Attach request-id tracking, access logging and JSON error pages."""

    @app.before_request
    def _start_timer():
        g.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def _access_log(response):
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info("%s %s -> %s (%.1f ms) rid=%s", request.method, request.path,
                 response.status_code, elapsed, g.get("request_id"))
        response.headers["X-Request-Id"] = g.get("request_id", "")
        return response

    @app.errorhandler(404)
    def _not_found(_exc):
        return jsonify(error="not found"), 404

    @app.errorhandler(500)
    def _server_error(_exc):
        log.exception("unhandled error rid=%s", g.get("request_id"))
        return jsonify(error="internal error"), 500
