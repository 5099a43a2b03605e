from django.http import JsonResponse
from django.views.decorators.cache import cache_page

from .catalogue import strings_for

SECTIONS = {"checkout", "account", "errors"}


@cache_page(300)
def ui_strings(request, section):
    if section not in SECTIONS:
        return JsonResponse({"error": "unknown section"}, status=404)
    locale = request.GET.get("locale", "en")
    return JsonResponse({"locale": locale, "strings": strings_for(locale, section)})
