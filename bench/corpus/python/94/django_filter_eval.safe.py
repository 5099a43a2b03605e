from django.http import JsonResponse

from .models import Product


def product_filter(request):
    threshold = float(request.GET.get("min", "0"))
    keep = lambda p: p.price >= threshold
    items = [p.name for p in Product.objects.all() if keep(p)]
    return JsonResponse({"items": items})
