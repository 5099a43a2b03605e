from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

SUPPORTED = {"en", "de", "fr"}


@require_POST
def set_language(request):
    lang = request.POST.get("language", "en")
    back = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = "/"
    if lang in SUPPORTED:
        translation.activate(lang)
    resp = HttpResponseRedirect(back)
    resp.set_cookie("django_language", lang, secure=True, httponly=True, samesite="Lax")
    return resp
