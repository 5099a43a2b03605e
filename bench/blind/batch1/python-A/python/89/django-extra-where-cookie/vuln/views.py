from django.http import JsonResponse
from django.views import View

from .models import Store
from .services import nearby_stores


class StoreLocatorView(View):
    default_region = "eu-west"

    def region(self, request) -> str:
        # remembered from the region picker on the landing page
        return request.COOKIES.get("region", self.default_region)

    def get(self, request):
        try:
            lat = float(request.GET["lat"])
            lng = float(request.GET["lng"])
        except (KeyError, ValueError):
            return JsonResponse({"error": "lat/lng required"}, status=400)
        stores = nearby_stores(Store.objects.filter(active=True), self.region(request), lat, lng)
        return JsonResponse({"stores": list(stores.values("id", "name", "city"))})
