from decimal import Decimal
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .models import Product


@require_POST
def add_to_cart(request):
    product = Product.objects.get(pk=int(request.POST["product_id"]))
    cart = request.session.get("cart", [])
    price = str(product.price)
    cart.append({"id": product.pk, "price": price})
    request.session["cart"] = cart
    return JsonResponse({"items": len(cart)})


@require_POST
def checkout(request):
    cart = request.session.get("cart", [])
    total = sum(Decimal(item["price"]) for item in cart)
    request.session["cart"] = []
    return JsonResponse({"charged": str(total)})
