from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import GuestCheckoutForm
from .orders import place_guest_order


@require_http_methods(["GET", "POST"])
def guest_checkout(request):
    basket = request.session.get("basket", {})
    if not basket:
        return redirect("basket:view")
    form = GuestCheckoutForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        order = place_guest_order(basket, form.cleaned_data)
        request.session.pop("basket", None)
        return redirect("orders:confirmation", reference=order.reference)
    return render(request, "checkout/guest.html", {"form": form, "basket": basket})
