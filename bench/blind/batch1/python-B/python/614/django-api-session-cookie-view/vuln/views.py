import json

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_POST

from .tokens import ApiSessionStore

store = ApiSessionStore()
COOKIE_NAME = "api_session"
MAX_AGE = 60 * 60 * 24


@require_POST
def api_login(request):
    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return JsonResponse({"error": "invalid JSON"}, status=400)
    user = authenticate(request, username=payload.get("username"), password=payload.get("password"))
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    token = store.create(user.pk)
    response = JsonResponse({"id": user.pk, "username": user.get_username()})
    response.set_cookie(COOKIE_NAME, token, max_age=MAX_AGE, samesite="Lax")  # cg-expect: CWE-614
    return response


@require_POST
def api_logout(request):
    store.revoke(request.COOKIES.get(COOKIE_NAME, ""))
    response = JsonResponse({"ok": True})
    response.delete_cookie(COOKIE_NAME, samesite="Lax")
    return response


@ensure_csrf_cookie
def csrf(request):
    return JsonResponse({"ok": True})
