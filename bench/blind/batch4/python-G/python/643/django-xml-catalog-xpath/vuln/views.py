from django.http import JsonResponse
from .catalog import find_product


def product_lookup(request):
    name = request.GET.get("name", "")
    items = find_product(name)
    return JsonResponse({"items": items})
