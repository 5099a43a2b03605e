from django.contrib.auth import get_user_model, login
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from .forms import RegistrationForm
from .tokens import new_verification, redeem


def register(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = get_user_model().objects.create_user(**form.cleaned_data, is_active=True)
        record = new_verification(user)
        link = request.build_absolute_uri(reverse("accounts:verify", args=[record.token]))
        send_mail("Confirm your address", f"Click to confirm: {link}", None, [user.email])
        return redirect("accounts:check-inbox")
    return render(request, "accounts/register.html", {"form": form})


def verify(request, token: str):
    user = redeem(token)
    if user is None:
        raise Http404("link expired")
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("dashboard")
