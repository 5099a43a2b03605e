from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from lxml import etree

from .models import ShippingProfile

_TARIFFS = None


def tariffs():
    global _TARIFFS
    if _TARIFFS is None:
        _TARIFFS = etree.parse(settings.TARIFF_TABLE_XML)
    return _TARIFFS


def rates_for_region(region: str) -> list[dict]:
    path = "/tariffs/carrier/rate[@region=$region and @public='1']"
    rates = tariffs().xpath(path, region=region)
    return [
        {"carrier": r.getparent().get("name"), "service": r.get("service"), "price": r.get("price"),
         "cost": r.get("cost")}
        for r in rates
    ]


@login_required
def my_shipping_rates(request):
    profile = ShippingProfile.objects.get(user=request.user)
    rates = rates_for_region(profile.region)
    return JsonResponse({"region": profile.region, "rates": [{k: v for k, v in r.items() if k != "cost"} for r in rates]})
