from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .gateway import PaymentGateway

gateway = PaymentGateway()

@require_POST
def checkout(request):
    result = gateway.charge(request.POST["card_token"], int(request.POST["amount_cents"]))
    return JsonResponse(result)
