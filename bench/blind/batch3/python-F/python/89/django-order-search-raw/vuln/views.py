from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .repository import find_orders


@require_GET
def order_list(request):
    status = request.GET.get("status", "open")
    rows = find_orders(request.user.id, status)
    return JsonResponse({"orders": rows})
