from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .crypto import FieldCipher
from .models import Profile

cipher = FieldCipher()


@require_POST
def save_national_id(request):
    nid = request.POST.get("national_id", "").strip()
    if not nid:
        return JsonResponse({"error": "required"}, status=400)
    profile, _ = Profile.objects.get_or_create(user=request.user)
    profile.national_id_enc = cipher.encrypt(nid)
    profile.save(update_fields=["national_id_enc"])
    return JsonResponse({"ok": True})
