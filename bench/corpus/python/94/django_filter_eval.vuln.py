from django.http import JsonResponse

from .models import Product


def product_filter(request):
    field = request.GET.get("field", "price")
    threshold = request.GET.get("min", "0")
    predicate = "lambda p: p.%s >= %s" % (field, threshold)
    keep = eval(predicate)  # cg-expect: CWE-94
    items = [p.name for p in Product.objects.all() if keep(p)]
    return JsonResponse({"items": items})
