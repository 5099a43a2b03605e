from django.conf import settings
from django.http import JsonResponse
from .cookiecrypt import CookieCrypter

crypter = CookieCrypter(settings.COOKIE_KEY)

def remember(request):
    resp = JsonResponse({"ok": True})
    resp.set_cookie("rm", crypter.encrypt(str(request.user.pk)), secure=True, httponly=True, max_age=1209600)
    return resp
