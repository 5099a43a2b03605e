from django.contrib.auth import authenticate, login
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .otp import check_otp, issue_otp
from .sms import send_sms


@require_POST
def login_step1(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid credentials"}, status=401)
    request.session["pending_uid"] = user.id
    send_sms(user.profile.phone, f"Your login code is {issue_otp(user.id)}")
    return JsonResponse({"next": "otp"})


@require_POST
def login_step2(request):
    uid = request.session.get("pending_uid")
    if uid is None or not check_otp(uid, request.POST.get("code", "")):
        return JsonResponse({"error": "invalid code"}, status=401)
    from django.contrib.auth import get_user_model

    login(request, get_user_model().objects.get(pk=uid))
    del request.session["pending_uid"]
    return JsonResponse({"ok": True})
