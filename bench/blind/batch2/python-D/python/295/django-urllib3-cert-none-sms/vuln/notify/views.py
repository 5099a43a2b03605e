from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .otp import send_login_code


@require_POST
def start_sms_login(request):
    user = get_user_model().objects.filter(username=request.POST.get("username", "")).first()
    if user is not None and user.phone:
        send_login_code(user)
    return JsonResponse({"status": "code sent if the account exists"})
