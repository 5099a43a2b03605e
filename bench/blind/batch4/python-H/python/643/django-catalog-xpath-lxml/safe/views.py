from django.http import JsonResponse, Http404
from django.views.decorators.http import require_GET

from .catalog import product_by_sku


@require_GET
def product_detail(request):
    sku = request.GET.get("sku", "").strip()
    item = product_by_sku(sku)
    if item is None:
        raise Http404("no such product")
    return JsonResponse(item)
