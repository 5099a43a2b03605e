import json

from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_http_methods

from .models import Kiosk


@permission_required("stores.change_kiosk")
@require_http_methods(["PUT"])
def update_pin(request, kiosk_id: int):
    kiosk = get_object_or_404(Kiosk, pk=kiosk_id, store__managers=request.user)
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid JSON")
    pin = str(payload.get("pin", ""))
    if not pin.isdigit() or not 6 <= len(pin) <= 10:
        return HttpResponseBadRequest("PIN must be 6-10 digits")
    kiosk.set_pin(pin)
    kiosk.save(update_fields=["pin_hash"])
    return JsonResponse({"kiosk": kiosk.pk, "updated": True})


@require_http_methods(["POST"])
def unlock(request, kiosk_id: int):
    kiosk = get_object_or_404(Kiosk, pk=kiosk_id)
    if kiosk.failed_attempts >= 5:
        return JsonResponse({"locked": True}, status=423)
    pin = request.POST.get("pin", "")
    return JsonResponse({"unlocked": kiosk.verify_pin(pin)})
