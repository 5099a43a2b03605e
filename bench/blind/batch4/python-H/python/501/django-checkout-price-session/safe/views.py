from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Product


@require_POST
def add_to_cart(request):
    product = get_object_or_404(Product, pk=request.POST["product_id"], active=True)
    qty = max(1, min(int(request.POST.get("qty", 1)), 20))
    cart = request.session.get("cart", [])
    cart.append({"id": product.id, "qty": qty, "unit_price": str(product.price)})
    request.session["cart"] = cart
    return JsonResponse({"items": len(cart)})


def cart_total(request):
    total = sum(float(i["unit_price"]) * i["qty"] for i in request.session.get("cart", []))
    return JsonResponse({"total": round(total, 2)})
