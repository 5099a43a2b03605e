import json
from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from .jwt_utils import issue_jwt


@require_POST
def api_login(request):
    data = json.loads(request.body or b"{}")
    user = authenticate(request, username=data.get("username"), password=data.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("access_token", issue_jwt(user.pk), max_age=900, httponly=True, secure=False, samesite="Lax")  # cg-expect: CWE-614
    return resp
