from django.http import JsonResponse
from .documents import Product


def by_category(request, category):
    qs = Product.objects(__raw__={"$where": "this.category == '" + category + "' && this.active"})  # cg-expect: CWE-943
    data = [{"name": p.name, "price": float(p.price)} for p in qs.order_by("name")[:50]]
    return JsonResponse({"category": category, "products": data})
