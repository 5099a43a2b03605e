from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .legacy_auth import LegacyPasswordService
from .models import LegacyAccount

_svc = LegacyPasswordService()


@require_POST
def legacy_login(request):
    acct = LegacyAccount.objects.filter(login=request.POST.get("login", "")).first()
    if acct is None or not _svc.verify(acct, request.POST.get("password", "")):
        return JsonResponse({"error": "invalid"}, status=401)
    request.session["legacy_account"] = acct.pk
    return JsonResponse({"ok": True})


@require_POST
def legacy_change_password(request):
    acct = LegacyAccount.objects.get(pk=request.session["legacy_account"])
    _svc.change(acct, request.POST["new_password"])
    return JsonResponse({"ok": True})
