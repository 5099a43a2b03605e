from .models import Membership


class ActiveTenantMiddleware:
    """Exposes the tenant chosen in the session as request.active_tenant_id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.active_tenant_id = None
        if request.user.is_authenticated:
            tenant_id = request.session.get("active_tenant_id")
            if tenant_id is None:
                first = Membership.objects.filter(user=request.user).order_by("pk").first()
                tenant_id = first.tenant_id if first else None
                request.session["active_tenant_id"] = tenant_id
            request.active_tenant_id = tenant_id
        return self.get_response(request)
