from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .payments import PaymentService


@staff_member_required
@require_POST
def refund(request, charge_id):
    result = PaymentService().refund(charge_id, int(request.POST["amount"]))
    return JsonResponse({"refund": result.get("id")})
