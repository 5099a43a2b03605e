import json

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .tokens import issue_token


@require_POST
def api_login(request):
    data = json.loads(request.body or b"{}")
    user = authenticate(request, username=data.get("username"), password=data.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    token = issue_token(user)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("auth_token", token, max_age=12 * 3600, httponly=True, samesite="Strict")  # cg-expect: CWE-614
    return resp
