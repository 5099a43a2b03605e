from django.utils import translation

SUPPORTED = {"en", "de", "fr", "es"}


def activate_for(request, lang):
    if lang in SUPPORTED:
        translation.activate(lang)
        request.session["lang"] = lang
