import json
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .queries import stores_in_region


@require_POST
def stores(request):
    body = json.loads(request.body or b"{}")
    data = stores_in_region(body.get("region", ""), bool(body.get("open_only")))
    return JsonResponse({"stores": data})
