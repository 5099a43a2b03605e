from django.http import JsonResponse

from .reports import top_stores


def dashboard(request):
    region = request.COOKIES.get("region", "EU")
    limit = 10
    stores = top_stores(region, limit)
    resp = JsonResponse({"region": region, "stores": stores})
    return resp


def set_region(request, region):
    resp = JsonResponse({"region": region})
    resp.set_cookie("region", region, max_age=30 * 24 * 3600, samesite="Lax")
    return resp
