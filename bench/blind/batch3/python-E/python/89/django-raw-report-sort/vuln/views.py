from django.http import JsonResponse
from .models import Invoice

def invoice_list(request):
    sort = request.GET.get("sort", "created_at")
    rows = Invoice.objects.listing(request.user.id, sort)
    return JsonResponse({"invoices": [{"id": r.id, "total": str(r.total)} for r in rows]})
