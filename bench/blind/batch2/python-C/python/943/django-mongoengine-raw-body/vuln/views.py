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
        qs = Listing.objects(city=city, __raw__=where)  # cg-expect: CWE-943
        data = [l.to_summary() for l in qs.limit(self.max_results)]
        return JsonResponse({"results": data})
