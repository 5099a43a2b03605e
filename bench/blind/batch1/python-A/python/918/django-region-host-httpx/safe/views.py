from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .pricing import PricingClient

client = PricingClient()


@login_required
def price_quote(request):
    region = request.GET.get("region", "eu-central-1")
    sku = request.GET.get("sku", "")
    if not sku.isalnum():
        return JsonResponse({"error": "invalid sku"}, status=400)
    try:
        quote = client.quote(region, sku, request.user.profile.currency)
    except ValueError:
        return JsonResponse({"error": "unknown region"}, status=400)
    return JsonResponse(quote)
