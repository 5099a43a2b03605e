from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .crypto import FieldCipher

cipher = FieldCipher()


@login_required
@require_POST
def save_tax_id(request):
    tax_id = request.POST.get("tax_id", "").replace("-", "")
    if not tax_id.isdigit() or len(tax_id) != 9:
        return JsonResponse({"error": "invalid tax id"}, status=400)
    profile = request.user.profile
    profile.tax_id_enc = cipher.encrypt(tax_id)
    profile.save(update_fields=["tax_id_enc"])
    return JsonResponse({"status": "saved"})
