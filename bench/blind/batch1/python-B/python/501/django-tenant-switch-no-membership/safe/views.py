from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .models import Invoice, Membership


@login_required
@require_POST
def switch_tenant(request):
    tenant_id = request.POST.get("tenant")
    if not tenant_id or not tenant_id.isdigit():
        return HttpResponseBadRequest("tenant required")
    membership = Membership.objects.filter(user=request.user, tenant_id=int(tenant_id)).first()
    if membership is None:
        return HttpResponseBadRequest("not a member of that tenant")
    request.session["active_tenant_id"] = membership.tenant_id
    return redirect(request.POST.get("next") or "dashboard")


@login_required
def invoices(request):
    tenant_id = request.active_tenant_id
    items = Invoice.objects.filter(tenant_id=tenant_id).order_by("-issued_at")[:50]
    return render(request, "invoices/list.html", {"invoices": items})


@login_required
def tenant_picker(request):
    memberships = Membership.objects.filter(user=request.user).select_related("tenant")
    return render(request, "tenants/picker.html", {"memberships": memberships})
