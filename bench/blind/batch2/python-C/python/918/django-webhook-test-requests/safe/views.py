from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Webhook
from .delivery import send_test_event


@require_POST
def test_webhook(request, hook_id):
    hook = get_object_or_404(Webhook, pk=hook_id, owner=request.user)
    try:
        status = send_test_event(hook.target_url, hook.secret)
    except ValueError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"delivered": status < 400, "status": status})
