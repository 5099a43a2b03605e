from django.contrib.auth import get_user_model
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .codes import ResetCodeService
from .sms import send_sms


@require_POST
def request_code(request):
    user = get_user_model().objects.filter(phone=request.POST.get("phone", "")).first()
    if user is not None:
        code = ResetCodeService().issue(user)
        send_sms(user.phone, f"Your reset code is {code}")
    return JsonResponse({"status": "sent"})
