from decimal import Decimal

from django.http import JsonResponse

from .rates import get_rate


def convert(request):
    amount = Decimal(request.GET.get("amount", "0"))
    src = request.GET.get("from", "EUR").upper()[:3]
    dst = request.GET.get("to", "USD").upper()[:3]
    rate = get_rate(src, dst)
    return JsonResponse({"amount": str(amount * rate), "rate": str(rate)})
