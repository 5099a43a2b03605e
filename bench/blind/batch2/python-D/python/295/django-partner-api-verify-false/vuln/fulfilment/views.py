from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from shop.models import Order

from .client import FulfilmentClient


@staff_member_required
@require_POST
def push_order(request, order_id):
    order = get_object_or_404(Order, pk=order_id, status="paid")
    fulfilment_id = FulfilmentClient().submit_order(order)
    order.fulfilment_id = fulfilment_id
    order.save(update_fields=["fulfilment_id"])
    return JsonResponse({"fulfilment_id": fulfilment_id})
