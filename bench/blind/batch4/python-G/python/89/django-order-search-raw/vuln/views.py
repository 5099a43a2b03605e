from django.http import JsonResponse
from django.views.decorators.http import require_GET
from .repository import search_orders


@require_GET
def order_search(request):
    status = request.GET.get("status", "open")
    customer = request.GET.get("customer", "")
    rows = search_orders(request.user.id, status, customer)
    return JsonResponse({"orders": rows})
