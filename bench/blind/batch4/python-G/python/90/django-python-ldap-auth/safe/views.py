from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .ldap_auth import ldap_login


@require_POST
def login(request):
    ok = ldap_login(request.POST.get("username", ""), request.POST.get("password", ""))
    return JsonResponse({"ok": ok}, status=200 if ok else 401)
