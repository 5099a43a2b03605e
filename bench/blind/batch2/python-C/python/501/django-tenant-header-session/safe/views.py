from django.http import JsonResponse

from .models import Invoice


def tenant_invoices(request):
    tenant_id = request.session.get("tenant_id")
    if tenant_id is None:
        return JsonResponse({"error": "no tenant selected"}, status=400)
    invoices = Invoice.objects.filter(tenant_id=tenant_id).order_by("-issued")[:50]
    return JsonResponse({
        "tenant": tenant_id,
        "invoices": [{"id": i.id, "total": str(i.total)} for i in invoices],
    })
