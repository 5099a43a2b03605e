from django.shortcuts import render

from .queries import stores_for_region

DEFAULT_REGION = "north"


def store_locator(request):
    region = request.COOKIES.get("region", DEFAULT_REGION)
    stores = stores_for_region(region, open_only=request.GET.get("all") != "1")
    response = render(request, "stores/locator.html", {"stores": stores, "region": region})
    if "region" in request.GET:
        response.set_cookie("region", request.GET["region"][:16], max_age=365 * 86400, samesite="Lax")
    return response
