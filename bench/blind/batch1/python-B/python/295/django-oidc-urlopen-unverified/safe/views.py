from django.contrib.auth import get_user_model, login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from .oidc import exchange_code, userinfo


def oidc_callback(request):
    if request.GET.get("state") != request.session.pop("oidc_state", None):
        raise PermissionDenied("state mismatch")
    tokens = exchange_code(request.GET["code"], request.build_absolute_uri(reverse("oidc-callback")))
    info = userinfo(tokens["access_token"])
    user, _ = get_user_model().objects.get_or_create(
        username=info["sub"], defaults={"email": info.get("email", "")}
    )
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("home")
