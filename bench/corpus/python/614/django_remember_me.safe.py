from django.contrib.auth import authenticate, login
from django.http import JsonResponse


def remember_me_login(request):
    user = authenticate(request, username=request.POST["u"], password=request.POST["p"])
    if user is None:
        return JsonResponse({"ok": False}, status=401)
    login(request, user)
    response = JsonResponse({"ok": True})
    response.set_cookie("remember", user.profile.remember_token, max_age=30 * 86400, httponly=True, secure=True)
    return response
