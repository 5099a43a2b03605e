from django.core.exceptions import PermissionDenied

from .models import Membership


class TenantMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        requested = request.headers.get("X-Tenant-Id")
        if requested and request.user.is_authenticated:
            request.session["tenant_id"] = requested  # cg-expect: CWE-501
        return self.get_response(request)
