from django.core.exceptions import PermissionDenied

from .models import Membership


class TenantMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        requested = request.headers.get("X-Tenant-Id")
        if requested and request.user.is_authenticated:
            if not Membership.objects.filter(user=request.user, tenant_id=requested).exists():
                raise PermissionDenied("not a member of this tenant")
            request.session["tenant_id"] = requested
        return self.get_response(request)
