from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.http import JsonResponse

from .verify import make_token


@login_required
def send_verification(request):
    token = make_token(request.user.pk)
    link = request.build_absolute_uri(f"/verify/{token}")
    send_mail("Confirm your email", link, None, [request.user.email])
    return JsonResponse({"sent": True})
