from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .jwt_utils import issue


@require_POST
def api_login(request):
    user = authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth", issue(user.pk), max_age=8 * 3600, samesite="Lax")  # cg-expect: CWE-614
    return resp
