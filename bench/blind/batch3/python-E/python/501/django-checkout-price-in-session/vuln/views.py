from decimal import Decimal
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .cart import cart_total
from .payments import charge

@require_POST
def review(request):
    request.session["checkout_total"] = request.POST["total"]  # cg-expect: CWE-501
    return JsonResponse({"total": request.session["checkout_total"]})

@require_POST
def confirm(request):
    amount = Decimal(request.session["checkout_total"])
    charge(request.user, amount)
    return JsonResponse({"charged": str(amount)})
