from django.contrib.auth import get_user_model, login
from django.core.mail import send_mail
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from .tokens import new_login_token, redeem


@require_POST
def request_link(request):
    email = request.POST.get("email", "").strip().lower()
    if get_user_model().objects.filter(email=email, is_active=True).exists():
        token = new_login_token(email)
        url = request.build_absolute_uri(reverse("magic:redeem", args=[token]))
        send_mail("Your sign-in link", f"Sign in: {url}", None, [email])
    return JsonResponse({"status": "if the account exists, a link was sent"})


def redeem_link(request, token):
    email = redeem(token)
    if email is None:
        raise Http404
    login(request, get_user_model().objects.get(email=email), backend="django.contrib.auth.backends.ModelBackend")
    return redirect("/")
