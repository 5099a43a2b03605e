import hmac

from django.conf import settings
from django.http import JsonResponse


class MobileTokenMiddleware:
    """Requires the shared mobile-client bearer token on /api/flags/ endpoints."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/flags/"):
            header = request.headers.get("Authorization", "")
            token = header.removeprefix("Bearer ").strip()
            if not token or not any(hmac.compare_digest(token, t) for t in settings.MOBILE_CLIENT_TOKENS):
                return JsonResponse({"error": "unauthorized"}, status=401)
        return self.get_response(request)
