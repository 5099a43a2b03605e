from django.conf import settings
from django.core import signing
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

from .client import exchange_code

AUTH_COOKIE = "app_auth"


def sso_callback(request):
    code = request.GET.get("code")
    if not code or request.GET.get("state") != request.session.pop("sso_state", None):
        return HttpResponseBadRequest("invalid state")
    identity = exchange_code(code)
    token = signing.dumps({"sub": identity["sub"], "email": identity["email"]}, salt="auth")
    resp = redirect(settings.LOGIN_REDIRECT_URL)
    resp.set_cookie(AUTH_COOKIE, token, max_age=8 * 3600, secure=False, httponly=False, samesite="Lax")  # cg-expect: CWE-614
    return resp
