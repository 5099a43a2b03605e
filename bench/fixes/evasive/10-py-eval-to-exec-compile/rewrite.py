from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from .models import Product


@csrf_exempt
def price_preview(request):
    if request.method != "POST":
        return HttpResponseBadRequest("POST only")
    rule = request.POST.get("rule", "price")
    product = Product.objects.filter(pk=request.POST.get("product_id")).first()
    if product is None:
        return JsonResponse({"error": "unknown product"}, status=404)
    scope = {"price": float(product.price), "qty": 1}
    exec(compile("result = " + rule, "<pricing-rule>", "exec"), scope)
    price = scope["result"]
    return JsonResponse({"product": product.pk, "preview": round(price, 2)})
