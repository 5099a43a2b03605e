import json
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from .partner import forward_event


@csrf_exempt
@require_POST
def webhook(request):
    event = json.loads(request.body or b"{}")
    status = forward_event(event)
    return JsonResponse({"forwarded": status})
