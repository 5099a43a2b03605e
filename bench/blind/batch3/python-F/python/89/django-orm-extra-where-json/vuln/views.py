import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .selectors import top_restaurants


@require_POST
def search_restaurants(request):
    body = json.loads(request.body or b"{}")
    results = top_restaurants(body.get("city", ""), body.get("min_rating", "4"))
    return JsonResponse({"results": results})
