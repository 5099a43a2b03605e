import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .flags import FlagRegistry

registry = FlagRegistry()


@csrf_exempt  # called by mobile clients with a bearer token checked in middleware
@require_POST
def evaluate_flags(request):
    try:
        body = json.loads(request.body)
        client = body["client"]
        names = body.get("flags", [])
    except (ValueError, KeyError):
        return HttpResponseBadRequest("expected {client, flags}")
    result = {name: registry.is_enabled(str(name), str(client)) for name in names[:50]}
    return JsonResponse({"flags": result})
