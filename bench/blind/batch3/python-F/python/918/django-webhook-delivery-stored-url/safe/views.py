import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .delivery import WebhookDispatcher
from .models import Webhook


@login_required
@require_POST
def register_webhook(request):
    body = json.loads(request.body)
    hook = Webhook.objects.create(tenant_id=request.user.tenant_id, url=body["url"], active=True)
    return JsonResponse({"id": hook.pk}, status=201)


@login_required
@require_POST
def send_test(request):
    WebhookDispatcher().dispatch(request.user.tenant_id, {"type": "test"})
    return JsonResponse({"ok": True})
