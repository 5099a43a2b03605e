import logging
import time
import uuid

log = logging.getLogger("app.requests")


class RequestIdMiddleware:
    """Tags each request with an id and logs its duration."""

    header = "HTTP_X_REQUEST_ID"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request.META.get(self.header) or uuid.uuid4().hex
        started = time.monotonic()
        response = self.get_response(request)
        elapsed_ms = (time.monotonic() - started) * 1000
        response["X-Request-Id"] = request.request_id
        log.info(
            "%s %s -> %s in %.1fms id=%s",
            request.method,
            request.path,
            response.status_code,
            elapsed_ms,
            request.request_id,
        )
        return response
