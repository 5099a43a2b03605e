from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from .billing import create_checkout
from .models import Order


@login_required
@require_POST
def checkout(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user, paid=False)
    url = create_checkout(
        order.id,
        int(order.total * 100),
        request.build_absolute_uri(reverse("order-paid", args=[order.id])),
        request.build_absolute_uri(reverse("order-detail", args=[order.id])),
    )
    return redirect(url)
