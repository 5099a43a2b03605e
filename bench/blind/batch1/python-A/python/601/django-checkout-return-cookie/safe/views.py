from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from .cart import Cart

RETURN_COOKIE = "checkout_return"


class StartCheckout(View):
    def get(self, request):
        response = render(request, "shop/checkout.html", {"cart": Cart(request)})
        # remember where to send the shopper once payment completes
        back = request.GET.get("return_to")
        if back:
            response.set_cookie(RETURN_COOKIE, back, max_age=3600, samesite="Lax", secure=True, httponly=True)
        return response


@login_required
def payment_complete(request):
    Cart(request).clear()
    destination = request.COOKIES.get(RETURN_COOKIE, "/orders/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        destination = "/orders/"
    response = redirect(destination)
    response.delete_cookie(RETURN_COOKIE)
    return response
