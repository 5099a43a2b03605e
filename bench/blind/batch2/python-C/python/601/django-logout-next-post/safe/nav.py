from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme


def post_logout_target(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next")
    if not candidate:
        return settings.LOGOUT_REDIRECT_URL or "/"
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return candidate
    return settings.LOGOUT_REDIRECT_URL or "/"
