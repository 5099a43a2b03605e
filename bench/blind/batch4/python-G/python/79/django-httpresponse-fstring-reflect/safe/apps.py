import logging
import time
import uuid

from django.apps import AppConfig

log = logging.getLogger("app.http")


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Core"


class RequestIdMiddleware:
    """Adds an X-Request-Id header and a one-line access log entry."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s -> %s (%.1f ms) rid=%s", request.method, request.path,
                 response.status_code, elapsed, request.request_id)
        response["X-Request-Id"] = request.request_id
        return response
