import re

from django.http import JsonResponse

VERSION_RE = re.compile(r"^\d{1,4}(?:\.\d{1,4}){0,3}$")
MAX_HEADER = 24
MIN_SUPPORTED = (4, 2, 0)


def _parse(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split(".") if p)


class ClientVersionMiddleware:
    """Rejects API calls from mobile app builds that are too old."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            header = request.headers.get("X-App-Version", "")
            if len(header) > MAX_HEADER:
                return JsonResponse({"error": "bad version header"}, status=400)
            if not VERSION_RE.match(header):
                return JsonResponse({"error": "missing or malformed X-App-Version"}, status=400)
            if _parse(header) < MIN_SUPPORTED:
                return JsonResponse({"error": "please update the app", "min": "4.2.0"}, status=426)
            request.app_version = _parse(header)
        return self.get_response(request)
