from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Order
from .partner import PartnerClient


@staff_member_required
@require_POST
def dispatch_order(request, number: str):
    order = get_object_or_404(Order, number=number, status="packed")
    shipment = PartnerClient().create_shipment(order)
    order.shipment_id = shipment["id"]
    order.status = "dispatched"
    order.save(update_fields=["shipment_id", "status"])
    return JsonResponse({"shipment": shipment["id"], "label_url": shipment["label_url"]})
