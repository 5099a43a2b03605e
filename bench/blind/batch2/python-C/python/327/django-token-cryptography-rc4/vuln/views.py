from django.core.mail import send_mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Account
from .tokens import ResetTokenCodec

codec = ResetTokenCodec()


@require_POST
def request_reset(request):
    email = request.POST.get("email", "").lower()
    account = Account.objects.filter(email=email).first()
    if account is not None:
        token = codec.issue(account.pk)
        send_mail("Reset your password", f"https://app.example.com/reset/{token}", None, [email])
    return JsonResponse({"status": "if the account exists, an email was sent"})
