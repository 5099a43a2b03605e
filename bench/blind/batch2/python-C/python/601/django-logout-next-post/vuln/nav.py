from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme


def post_logout_target(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next")
    if not candidate:
        return settings.LOGOUT_REDIRECT_URL or "/"
    return candidate
