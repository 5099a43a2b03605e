from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .gateway import PaymentGateway


@login_required
@require_POST
def checkout(request):
    order = request.user.orders.get(pk=request.POST["order_id"], status="pending")
    result = PaymentGateway().charge(request.POST["card_token"], order.total_cents)
    order.status = "paid" if result.get("status") == "succeeded" else "failed"
    order.save(update_fields=["status"])
    return JsonResponse({"status": order.status})
