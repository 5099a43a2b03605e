from django.shortcuts import redirect
from django.views.decorators.http import require_POST
from .i18n import activate_for
from .safety import checked_return_url


@require_POST
def switch_language(request):
    lang = request.POST.get("lang", "en")
    activate_for(request, lang)
    return redirect(checked_return_url(request, request.POST.get("return_url")))
