from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .cart import COOKIE_NAME, GuestCart


@require_POST
def add_to_cart(request):
    cart = GuestCart.load(request.COOKIES.get(COOKIE_NAME))
    cart.add(request.POST["sku"], int(request.POST.get("qty", 1)))
    resp = JsonResponse({"items": cart.items})
    resp.set_cookie(COOKIE_NAME, cart.dump(), max_age=7 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
