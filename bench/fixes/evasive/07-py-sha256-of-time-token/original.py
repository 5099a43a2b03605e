import hashlib
import time

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import PasswordReset


@require_POST
def request_reset(request):
    email = request.POST.get("email", "").strip().lower()
    user = User.objects.filter(email=email).first()
    if user is None:
        return JsonResponse({"ok": True})
    token = hashlib.md5(str(time.time()).encode()).hexdigest()  # cg-flaw
    PasswordReset.objects.create(user=user, token=token)
    send_mail(
        "Reset your password",
        f"https://example.com/reset/{token}",
        "noreply@example.com",
        [email],
    )
    return JsonResponse({"ok": True})
