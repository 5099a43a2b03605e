from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .crypto import seal
from .models import Profile

@require_POST
def save_ssn(request):
    profile = Profile.objects.get(user=request.user)
    profile.ssn_sealed = seal(request.POST["ssn"].encode())
    profile.save(update_fields=["ssn_sealed"])
    return JsonResponse({"ok": True})
