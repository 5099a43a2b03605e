from django.contrib.auth import login
from django.core import signing
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from .tokens import load_magic_token


def magic_link_login(request):
    """Landing page for e-mailed sign-in links: /auth/magic?token=...&next=/billing"""
    destination = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        destination = "/"
    if not request.user.is_authenticated:
        try:
            user = load_magic_token(request.GET.get("token", ""))
        except signing.BadSignature:
            return render(request, "auth/link_expired.html", status=400)
        if user is None or not user.is_active:
            return HttpResponseBadRequest("unknown account")
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    # already signed-in users (link opened twice, second device...) just continue
    return HttpResponseRedirect(destination)
