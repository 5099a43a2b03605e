import json

from django.http import JsonResponse
from django.views import View

from .documents import Listing


class ListingSearchView(View):
    max_results = 50

    def post(self, request):
        try:
            payload = json.loads(request.body or b"{}")
        except json.JSONDecodeError:
            return JsonResponse({"error": "invalid json"}, status=400)
        where = payload.get("where") or {}
        city = str(payload.get("city", ""))
        if not isinstance(where, dict):
            return JsonResponse({"error": "where must be an object"}, status=400)
        allowed = {k: v for k, v in where.items() if k in {"bedrooms", "furnished"} and isinstance(v, (int, bool))}
        qs = Listing.objects(city=city, published=True, **allowed)
        data = [l.to_summary() for l in qs.limit(self.max_results)]
        return JsonResponse({"results": data})
